package org.zhaoshang.crm.lead.api;

import java.time.Instant;
import java.util.Map;

/**
 * One fact of a lead's history.
 *
 * @param version    the lead's version after this event (its sequence number)
 * @param type       the event's name, e.g. {@code LeadMovedToStage}
 * @param actor      who gave the command
 * @param recordedAt when it was recorded
 * @param data       the event's fields (what changed), including {@code occurredOn} where the fact has a real date
 */
public record LeadHistoryEntry(long version, String type, String actor, Instant recordedAt, Map<String, Object> data) {
}
