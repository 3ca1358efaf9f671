package org.zhaoshang.crm.ambassador.api;

/** @param version give it as {@code expectedVersion} to change the ambassador safely */
public record AmbassadorSummary(String ambassadorId, AmbassadorProfile profile, boolean active, long version) {
}
