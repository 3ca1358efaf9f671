package org.zhaoshang.crm.project.api.value;

/** Where a progress fact stands in verification (认定). */
public enum VerificationState {
    /** recorded, waiting for a manager */
    PENDING,
    /** verified: it counts */
    APPROVED,
    /** sent back to its recorder with a reason: it does not count */
    RETURNED
}
