package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.LossReason;

import java.time.LocalDate;

public record MarkLostRequest(LossReason reason, String detail, String competingLocation, LocalDate occurredOn,
                              Long expectedVersion) {
}
