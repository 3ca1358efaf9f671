package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ActivityLoggedEvent(String leadId, String activityId, ActivityType type, LocalDate occurredOn,
                                  List<String> participants, String summary) {
}
