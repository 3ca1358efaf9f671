package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One fact of a lead's history.
 *
 * @param version    the lead's version after this event (its sequence number)
 * @param type       the event's name, e.g. {@code LeadMovedToStage}
 * @param actor      who gave the command
 * @param recordedAt when it was recorded
 * @param occurredOn the day it happened, where the fact has one of its own (a move, a loss, an activity)
 * @param changes    the lead's fields this event changed, before and after
 * @param data       the event's fields as recorded
 */
public record LeadHistoryEntry(long version, String type, String actor, Instant recordedAt, LocalDate occurredOn,
                               List<FieldChange> changes, Map<String, Object> data) {
}
