package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The activity as it should have been recorded. */
@Revision("1")
public record ActivityCorrectedEvent(String leadId, String activityId, ActivityType type, LocalDate occurredOn,
                                     List<String> participants, String summary) {
}
