package org.zhaoshang.crm.lead.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.lead.api.query.FindLeadHistoryQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.SharedReadModel;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Projections.include;

/**
 * The lead list: the state of every lead in memory ({@link LeadRow}s, and a {@link LeadListIndex} of their summaries
 * that answers filtered, sorted pages), stored as one document per lead in {@value #COLLECTION} with one bulk write
 * per batch of events; the index follows at the end of each batch. A restarted node loads the documents instead of replaying the log. Each row
 * follows its lead's {@link LeadState}, which sets absolute values keyed by the lead id and the ids of its contacts,
 * activities and follow-ups, so an event delivered twice changes nothing.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class LeadSummaryProjection implements SharedReadModel {

    public static final String COLLECTION = "lead_summaries";
    /** When a node stored the document: what other nodes look for ({@link SharedReadModel#leadsStoredSince}). */
    public static final String STORED_AT = "storedAt";

    private final MongoCollection<Document> summaries;
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);
    private final QueryUpdateEmitter updates;
    private final Map<String, LeadRow> rows = new ConcurrentHashMap<>();
    private final LeadListIndex index = new LeadListIndex();
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public LeadSummaryProjection(MongoDatabase database, QueryUpdateEmitter updates) {
        this.summaries = database.getCollection(COLLECTION);
        this.updates = updates;
    }

    /** Every lead event, applied to the lead's {@link LeadState}; an event of a lead never created changes nothing. */
    @EventHandler
    void on(LeadEvent event, @Timestamp Instant occurredAt, @SequenceNumber long version) {
        LeadRow row = state().get(event.leadId());
        LeadState lead = (row == null ? LeadState.NONE : row.lead()).apply(event, occurredAt);
        if (lead.exists()) {
            rows.put(lead.leadId(), new LeadRow(lead, version));
            changes.changed(lead.leadId(), () -> null);
        }
    }

    /**
     * Stores the rows a batch changed, refreshes the index and tells whoever watches (subscription queries): open
     * lists and boards get every changed lead, an open timeline its own lead.
     */
    private void store(Map<String, Void> changed) {
        List<LeadRow> changedRows = changed.keySet().stream().map(rows::get).toList();
        Date storedAt = new Date();
        Documents.replaceAll(summaries, changedRows.stream()
                                                    .map(row -> row.toDocument().append(STORED_AT, storedAt))
                                                    .toList());
        changedRows.forEach(this::show);
    }

    private void show(LeadRow row) {
        LeadSummary summary = row.toSummary();
        index.put(summary);
        if (!updates.activeSubscriptions().isEmpty()) {
            updates.emit(subscription -> watches(subscription, summary), summary);
        }
    }

    @Override
    public long reloadLead(String leadId) {
        state();
        return Documents.byId(summaries, leadId).map(LeadRow::fromDocument).map(row -> {
            rows.put(leadId, row);
            show(row);
            return row.version();
        }).orElse(-1L);
    }

    @Override
    public Map<String, Long> leadsStoredSince(Instant since) {
        Map<String, Long> stored = new HashMap<>();
        summaries.find(gte(STORED_AT, Date.from(since))).projection(include("version"))
                 .forEach(document -> stored.put(document.getString("_id"), document.getLong("version")));
        return stored;
    }

    /** Open lists and boards watch every lead, an open timeline its own; each only if its user may see the lead. */
    private static boolean watches(SubscriptionQueryMessage<?, ?, LeadSummary> subscription, LeadSummary lead) {
        Object query = subscription.getPayload();
        boolean watched = query instanceof FindLeadsQuery || query instanceof FindPipelineBoardQuery
                          || query instanceof FindLeadHistoryQuery history && history.leadId().equals(lead.leadId());
        return watched && LeadVisibility.sees(Caller.from(subscription.getMetaData()), lead.introducedBy(),
                                              lead.team());
    }

    private void load() {
        Documents.forEach(summaries, document -> {
            LeadRow row = LeadRow.fromDocument(document);
            rows.put(row.leadId(), row);
            index.put(row.toSummary());
        });
    }

    private Map<String, LeadRow> state() {
        loaded.ensure();
        return rows;
    }

    /** The index of every lead's summary, for the queries of boards, work queues and scorecards. */
    LeadListIndex loadedIndex() {
        state();
        return index;
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            summaries.drop();
            rows.clear();
            index.clear();
        });
    }

    @QueryHandler
    LeadPage handle(FindLeadsQuery query, MetaData metaData) {
        LeadScope scope = LeadScope.of(Caller.from(metaData));
        Violations violations = new Violations()
                .check(query.page() >= 0, "page", "min", "must be 0 or more")
                .check(query.size() >= 1 && query.size() <= FindLeadsQuery.MAX_PAGE_SIZE, "size", "range",
                       "must be between 1 and " + FindLeadsQuery.MAX_PAGE_SIZE);
        query.filter().validate(violations);
        violations.throwIfAny();
        return loadedIndex().find(query.filter(), scope, query.sort(), query.descending(), query.page(),
                                  query.size());
    }

    @QueryHandler
    LeadSummary handle(FindLeadQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        LeadSummary lead = loadedIndex().get(query.leadId());
        return lead != null && LeadVisibility.sees(caller, lead.introducedBy(), lead.team()) ? lead : null;
    }
}
