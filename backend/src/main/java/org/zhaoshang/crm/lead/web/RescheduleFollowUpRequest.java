package org.zhaoshang.crm.lead.web;

import java.time.LocalDate;

public record RescheduleFollowUpRequest(LocalDate dueOn, String reason, Long expectedVersion) {
}
