package org.zhaoshang.crm.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Objects;
import java.util.Set;

/**
 * Defines (or changes) a group robot, administrators only. It gets the notices of {@code kinds} that concern its
 * department, or its market, or (both null) the whole bureau. The address and the secret are never shown again, so a
 * change may leave them out to keep them.
 *
 * @param url    the robot's webhook address (https, on its platform's host); null on a change: the one it has
 * @param secret the signing secret (DingTalk, Feishu); null on a change: the one it has; empty: none
 */
public record DefineWebhookCommand(String webhookId, String name,
                                   WebhookPlatform platform, String url, String secret, String department,
                                   SourceMarket market, Set<NotificationKind> kinds, String language) {

    public static final int MAX_URL_LENGTH = 1_000;
    public static final int MAX_SECRET_LENGTH = 200;

    @TargetAggregateIdentifier
    public String aggregateId() {
        return WebhookIds.of(webhookId);
    }

    /** What needs no state: the address's own rules (scheme, host) are the handler's, which knows the settings. */
    public Violations validate(Violations violations) {
        return violations.identifier("webhookId", webhookId)
                         .required("name", name).maxLength("name", name, Violations.MAX_NAME_LENGTH)
                         .required("platform", platform)
                         .check(url == null || url.length() <= MAX_URL_LENGTH, "url", "max-length",
                                "must be at most " + MAX_URL_LENGTH + " characters")
                         .check(secret == null || secret.length() <= MAX_SECRET_LENGTH, "secret", "max-length",
                                "must be at most " + MAX_SECRET_LENGTH + " characters")
                         .check(secret == null || secret.isEmpty() || platform != WebhookPlatform.WECOM, "secret",
                                "unsigned", "WeCom robots are not signed: leave it empty")
                         .check(kinds != null && !kinds.isEmpty() && kinds.stream().allMatch(Objects::nonNull),
                                "kinds", "required", "must name at least one kind of notice")
                         .check("zh".equals(language) || "en".equals(language), "language", "one-of",
                                "must be zh or en");
    }
}
