package org.zhaoshang.crm.project.api.value;

/** A manager's verification (认定) of a progress fact. */
public enum Decision {
    /** the fact counts from now on */
    APPROVED,
    /** back to the person who recorded it, with the reason */
    RETURNED
}
