package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.ActivityType;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity to log or correct; {@code internal} true hides it from ambassadors and partners. In a correction,
 * {@code internal} true or false applies to every version of the activity, and leaving it out keeps it as it is.
 */
public record ActivityRequest(ActivityType type, LocalDate occurredOn, List<String> participants, String summary,
                              Boolean internal, Long expectedVersion) {
}
