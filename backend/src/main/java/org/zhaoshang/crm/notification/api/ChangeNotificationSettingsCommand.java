package org.zhaoshang.crm.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Map;
import java.util.Set;

/** A user's (or an administrator's for them) choice of what to be told and how; replaces the earlier one. */
public record ChangeNotificationSettingsCommand(String username, String email, String language,
                                                Map<NotificationKind, Set<NotificationChannel>> channels,
                                                Long expectedVersion) {

    @TargetAggregateIdentifier
    public String settingsId() {
        return "notify:" + username;
    }

    public Violations validate(Violations violations) {
        violations.required("username", username)
                  .username("username", username)
                  .email("email", email)
                  .check("zh".equals(language) || "en".equals(language), "language", "one-of", "must be zh or en")
                  .required("channels", channels);
        if (channels != null) {
            channels.forEach((kind, ways) -> violations.check(
                    kind != null && ways != null && !(ways.contains(NotificationChannel.EMAIL)
                            && ways.contains(NotificationChannel.DIGEST)), "channels", "email-or-digest",
                    "a kind is e-mailed one by one or in the daily digest, not both"));
            boolean wantsMail = channels.values().stream().anyMatch(ways -> ways != null && (
                    ways.contains(NotificationChannel.EMAIL) || ways.contains(NotificationChannel.DIGEST)));
            violations.check(!wantsMail || email != null && !email.isBlank(), "email", "needed-for-mail",
                             "e-mail needs an address");
        }
        return violations;
    }
}
