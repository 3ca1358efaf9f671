package org.zhaoshang.crm.notification.ui;

import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of notice a user can ever get: an ambassador hears only of their own leads (never key projects, problems,
 * instructions or reports), so their settings offer nothing else.
 */
final class KindsFor {

    private static final Set<NotificationKind> AMBASSADORS = EnumSet.of(
            NotificationKind.FOLLOW_UP_DUE, NotificationKind.FOLLOW_UP_OVERDUE, NotificationKind.LEAD_WITHOUT_CONTACT,
            NotificationKind.PROGRESS_RETURNED);

    private KindsFor() {
    }

    static Set<NotificationKind> user(Caller caller) {
        return caller.limitedToOwnLeads() ? AMBASSADORS : EnumSet.allOf(NotificationKind.class);
    }

    static Set<NotificationKind> roles(Set<Role> roles) {
        return user(Caller.user("-", roles, null));
    }
}
