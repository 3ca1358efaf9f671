package org.zhaoshang.crm.department.api;

/**
 * The event store's id of a department: its code under a prefix of its own, as leads, ambassadors and years share the
 * store's ids and an administrator's code (such as "2026") must never land in another record's stream.
 */
public final class DepartmentIds {

    private static final String PREFIX = "department:";

    private DepartmentIds() {
    }

    /** Never null, so that a command without a code reaches its handler, which refuses it by role and then input. */
    public static String of(String code) {
        return PREFIX + (code == null ? "" : code);
    }
}
