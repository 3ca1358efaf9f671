package org.zhaoshang.crm.lead.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadHistoryQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadImportRecordsQuery;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.lead.api.query.LeadImportRecords;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A lead's history and detail straight from the event store: every event, never a snapshot. */
@Component
class LeadHistoryQueries {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final String INTERNAL = "internal";

    private final EventStore eventStore;
    private final ObjectMapper json;

    public LeadHistoryQueries(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    /**
     * Every event of the lead. An ambassador or partner who may not see the lead gets none (as for an unknown lead),
     * and never the bureau's internal notes.
     */
    @QueryHandler
    LeadHistory handle(FindLeadHistoryQuery query, MetaData metaData) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(query.leadId(), 0).asStream().toList();
        LeadDetail detail = visibleDetail(events, Caller.from(metaData));
        if (detail == null) {
            return new LeadHistory(query.leadId(), List.of());
        }
        Caller caller = Caller.from(metaData);
        Set<String> hidden = hiddenActivities(detail, caller);
        LeadTimeline timeline = new LeadTimeline();
        List<LeadHistoryEntry> entries = new ArrayList<>(
                events.stream().filter(event -> shown(event.getPayload(), hidden)
                                                && (caller.seesAllLeads() || !bureauOnly(event.getPayload())))
                      .map(event -> entry(event, timeline))
                      .map(entry -> caller.seesAllLeads() ? entry : withoutInternalFlag(entry)).toList());
        if (!query.oldestFirst()) {
            Collections.reverse(entries);
        }
        return new LeadHistory(query.leadId(), entries);
    }

    /**
     * A lead's detail, folded from its own events on each read: a few exact-key reads, and never behind a change
     * just acknowledged (a detail view reloads right after its own command), with what the caller may do with it.
     * Null for a lead the caller may not see.
     */
    @QueryHandler
    LeadDetail handle(FindLeadDetailQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadDetail detail = visibleDetail(eventStore.readEvents(query.leadId(), 0).asStream().toList(), caller);
        if (detail == null) {
            return null;
        }
        if (!caller.seesAllLeads()) {
            Set<String> hidden = hiddenActivities(detail, caller);
            detail = detail.withActivities(detail.activities().stream()
                                                 .filter(activity -> !hidden.contains(activity.activityId()))
                                                 .toList());
        }
        return detail.allowing(caller);
    }

    /**
     * What the lead's sheet rows said beyond its fields: for the bureau alone (staff and managers); an ambassador or
     * partner is refused even on a lead they see. Null for a lead the caller may not see.
     */
    @QueryHandler
    LeadImportRecords handle(FindLeadImportRecordsQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadDetailFold fold = fold(eventStore.readEvents(query.leadId(), 0).asStream().toList());
        if (visible(fold.detail(), caller) == null) {
            return null;
        }
        caller.require("The remarks and other columns of the bureau's sheets", Role.STAFF, Role.MANAGER);
        return new LeadImportRecords(query.leadId(), fold.importRecords().stream().map(
                record -> new LeadImportRecords.SheetRow(record.file(), record.row(), record.importedOn(),
                                                      record.remarks(), record.otherColumns())).toList());
    }

    private static LeadDetail visibleDetail(List<? extends DomainEventMessage<?>> events, Caller caller) {
        return visible(fold(events).detail(), caller);
    }

    private static LeadDetailFold fold(List<? extends DomainEventMessage<?>> events) {
        LeadDetailFold fold = new LeadDetailFold();
        events.forEach(event -> fold.apply(event.getPayload(), event.getSequenceNumber()));
        return fold;
    }

    private static LeadDetail visible(LeadDetail detail, Caller caller) {
        LeadVisibility.requireLeadRole(caller);
        return detail != null && LeadVisibility.sees(caller, detail.introducedBy(), detail.team()) ? detail : null;
    }

    /** A sheet's row kept with the lead holds the bureau's remarks and columns: never shown to anyone else. */
    private static boolean bureauOnly(Object event) {
        return event instanceof LeadImportRecordedEvent;
    }

    /** The internal notes, which only the bureau (staff and managers) sees. */
    private static Set<String> hiddenActivities(LeadDetail detail, Caller caller) {
        return caller.seesAllLeads() ? Set.of()
                                     : detail.activities().stream().filter(LeadDetail.ActivityEntry::internal)
                                             .map(LeadDetail.ActivityEntry::activityId).collect(Collectors.toSet());
    }

    /** Whether a note is the bureau's alone is the bureau's business: the flag never reaches anyone else. */
    private static LeadHistoryEntry withoutInternalFlag(LeadHistoryEntry entry) {
        Map<String, Object> data = new LinkedHashMap<>(entry.data());
        data.remove(INTERNAL);
        return new LeadHistoryEntry(entry.version(), entry.type(), entry.actor(), entry.recordedAt(),
                                    entry.occurredOn(),
                                    entry.changes().stream()
                                         .filter(change -> !change.field().endsWith("." + INTERNAL)).toList(),
                                    data);
    }

    private static boolean shown(Object event, Set<String> hiddenActivities) {
        String activityId = activityId(event);
        return activityId == null || !hiddenActivities.contains(activityId);
    }

    private static String activityId(Object event) {
        if (event instanceof ActivityLoggedEvent logged) {
            return logged.activityId();
        }
        if (event instanceof ActivityCorrectedEvent corrected) {
            return corrected.activityId();
        }
        return event instanceof ActivityRetractedEvent retracted ? retracted.activityId() : null;
    }

    private LeadHistoryEntry entry(DomainEventMessage<?> event, LeadTimeline timeline) {
        String type = event.getPayloadType().getSimpleName().replaceFirst("Event$", "");
        Object actor = event.getMetaData().getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM);
        Map<String, Object> data = json.convertValue(event.getPayload(), FIELDS);
        Object day = data.containsKey("occurredOn") ? data.get("occurredOn")
                : data.containsKey("importedOn") ? data.get("importedOn") : data.get("identifiedOn");
        return new LeadHistoryEntry(event.getSequenceNumber(), type, String.valueOf(actor), event.getTimestamp(),
                                    day == null ? null : LocalDate.parse(day.toString()),
                                    timeline.apply(event.getPayload(), data), data);
    }
}
