package org.zhaoshang.crm.lead.web;

public record ActivityLoggedResponse(String activityId) {
}
