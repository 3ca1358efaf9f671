package org.zhaoshang.crm.security.api;

/** What a user may do; a user holds one or more. */
public enum Role {
    /** investment staff: see every lead, change the ones they own or are on the team of, create leads */
    STAFF,
    /** an investment ambassador or international partner: only the leads they introduced or were added to */
    AMBASSADOR,
    /** everything staff may do on every lead, reassigning, targets, conversion history, scorecards, exports */
    MANAGER,
    /** users and reference lists; no lead data unless also staff or manager */
    ADMIN,
    /**
     * a district leader (区领导): sees the key projects they answer for (包挂), their problems and lights, and writes
     * instructions (批示) on them; changes nothing else
     */
    LEADER
}
