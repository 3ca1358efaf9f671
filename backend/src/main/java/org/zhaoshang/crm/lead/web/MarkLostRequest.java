package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.LossReason;

import java.time.LocalDate;

public record MarkLostRequest(LossReason reason, String detail, String competingLocation, LocalDate occurredOn,
                              Long expectedVersion) {
}
