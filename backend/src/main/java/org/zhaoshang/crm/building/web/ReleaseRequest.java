package org.zhaoshang.crm.building.web;

/** Releases the unit's reservation for the lead (the lead named as the caller saw it). */
public record ReleaseRequest(String leadId, Long expectedVersion) {
}
