package org.zhaoshang.crm.lead.web;

public record ReopenRequest(String comment, Long expectedVersion) {
}
