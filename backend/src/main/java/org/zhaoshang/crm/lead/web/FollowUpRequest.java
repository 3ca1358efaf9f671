package org.zhaoshang.crm.lead.web;

import java.time.LocalDate;

public record FollowUpRequest(String nextStep, LocalDate dueOn, String assignee, Long expectedVersion) {
}
