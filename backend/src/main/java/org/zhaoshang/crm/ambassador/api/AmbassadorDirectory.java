package org.zhaoshang.crm.ambassador.api;

/** Who may be credited with introducing a lead. */
@FunctionalInterface
public interface AmbassadorDirectory {

    boolean isActive(String ambassadorId);
}
