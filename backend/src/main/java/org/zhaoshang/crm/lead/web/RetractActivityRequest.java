package org.zhaoshang.crm.lead.web;

public record RetractActivityRequest(String reason, Long expectedVersion) {
}
