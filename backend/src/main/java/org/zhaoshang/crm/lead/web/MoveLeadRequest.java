package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.Stage;

import java.time.LocalDate;

public record MoveLeadRequest(Stage to, LocalDate occurredOn, String comment, Long expectedVersion) {
}
