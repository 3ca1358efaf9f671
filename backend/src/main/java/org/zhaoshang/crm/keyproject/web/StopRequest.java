package org.zhaoshang.crm.keyproject.web;

/** Why the lead stops being a key project; the version the change expects. */
public record StopRequest(String reason, Long expectedVersion) {
}
