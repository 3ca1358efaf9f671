package org.zhaoshang.crm.lead.web;

import java.time.LocalDate;

public record PutOnHoldRequest(String reason, LocalDate revisitOn, Long expectedVersion) {
}
