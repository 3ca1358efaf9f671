package org.zhaoshang.crm.ambassador.api;

/** All ambassadors and partners by name; the deactivated ones only when asked for. */
public record FindAmbassadorsQuery(boolean includeInactive) {
}
