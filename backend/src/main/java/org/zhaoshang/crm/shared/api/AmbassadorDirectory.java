package org.zhaoshang.crm.shared.api;

/**
 * Who may be credited with introducing a lead, or speak for an ambassador as a user. Asked by leads and security,
 * answered by the ambassadors: it lives here so that neither of the askers depends on the ambassadors.
 */
@FunctionalInterface
public interface AmbassadorDirectory {

    boolean isActive(String ambassadorId);

    /** The name of the ambassador or partner with this id, deactivated or not; the id itself when there is none. */
    default String nameOf(String ambassadorId) {
        return ambassadorId;
    }
}
