package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.LocalDate;

public record MoveLeadRequest(Stage to, LocalDate occurredOn, String comment, LocalDate agreementSignedOn,
                              String agreementReference, LocalDate registeredOn, Long expectedVersion) {
}
