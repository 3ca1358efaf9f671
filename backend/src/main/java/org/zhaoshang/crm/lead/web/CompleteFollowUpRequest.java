package org.zhaoshang.crm.lead.web;

public record CompleteFollowUpRequest(String outcome, Long expectedVersion) {
}
