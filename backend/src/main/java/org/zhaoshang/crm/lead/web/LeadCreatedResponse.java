package org.zhaoshang.crm.lead.web;

public record LeadCreatedResponse(String leadId) {
}
