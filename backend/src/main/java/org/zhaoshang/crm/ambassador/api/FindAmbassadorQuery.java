package org.zhaoshang.crm.ambassador.api;

/** One ambassador; answered with null when there is none. */
public record FindAmbassadorQuery(String ambassadorId) {
}
