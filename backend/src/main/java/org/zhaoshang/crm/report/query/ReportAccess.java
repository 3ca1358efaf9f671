package org.zhaoshang.crm.report.query;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

/**
 * Who reads a report, and which key projects of it: staff and managers (and the application) all of them, a leader
 * those they answer for; anyone else is refused.
 *
 * @param leader the leader whose projects alone are shown, or null for all
 */
record ReportAccess(String leader) {

    static final ReportAccess WHOLE = new ReportAccess(null);

    static ReportAccess of(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (caller.seesAllLeads()) {
            return WHOLE;
        }
        caller.require("Reports", Role.STAFF, Role.MANAGER, Role.LEADER);
        return new ReportAccess(caller.id());
    }

    /** Whether a key project the {@code projectLeader} answers for is shown. */
    boolean sees(String projectLeader) {
        return leader == null || leader.equals(projectLeader);
    }
}
