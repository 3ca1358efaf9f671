package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.ActivityType;

import java.time.LocalDate;
import java.util.List;

public record ActivityRequest(ActivityType type, LocalDate occurredOn, List<String> participants, String summary,
                              Long expectedVersion) {
}
