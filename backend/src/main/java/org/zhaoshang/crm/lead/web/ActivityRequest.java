package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.ActivityType;

import java.time.LocalDate;
import java.util.List;

/** An activity to log or correct; {@code internal} (logging only) hides it from ambassadors and partners. */
public record ActivityRequest(ActivityType type, LocalDate occurredOn, List<String> participants, String summary,
                              Boolean internal, Long expectedVersion) {
}
