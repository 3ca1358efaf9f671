package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.projection.SharedReadModel;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.LightRulesChangedEvent;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory.Change;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The light rules over time: every change, one document each in {@value #COLLECTION} keyed by the rules' event
 * sequence number, and all of them in memory ({@link #rulesInForce()}). Idempotent: a change is kept by its number,
 * so an event delivered twice is kept once. A change never changes after it is made, so what other nodes stored is
 * simply added.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class LightRulesProjection implements SharedReadModel {

    public static final String COLLECTION = "light_rules";

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;
    private final Clock clock;
    private final NavigableMap<Long, Change> changes = new ConcurrentSkipListMap<>();
    private final ChangedInBatch<Long, Void> batch = new ChangedInBatch<>(this::store);
    private final LoadedOnce loaded = new LoadedOnce(this::load);
    private volatile RulesInForce inForce = RulesInForce.DEFAULTS_ONLY;

    public LightRulesProjection(MongoDatabase database, ObjectMapper json, Clock clock) {
        this.documents = database.getCollection(COLLECTION);
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(LightRulesChangedEvent event, @SequenceNumber long sequence) {
        loaded.ensure();
        changes.put(sequence, new Change(event.rules(), event.effectiveFrom(), event.by(), event.on()));
        refresh();
        batch.changed(sequence, () -> null);
    }

    /** Staff, managers, administrators and leaders read the rules; ambassadors do not. */
    @QueryHandler
    LightRulesHistory handle(FindLightRulesQuery query, MetaData metaData) {
        Caller.from(metaData).require("Reading the light rules", Role.STAFF, Role.MANAGER, Role.ADMIN, Role.LEADER);
        loaded.ensure();
        RulesInForce rules = inForce;
        long version = changes.isEmpty() ? -1 : changes.lastKey();
        return new LightRulesHistory(rules.at(BureauTime.today(clock)), version, rules.changes());
    }

    /** Every change of the rules as this node knows them: the rules in force at any day. */
    RulesInForce rulesInForce() {
        loaded.ensure();
        return inForce;
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            documents.drop();
            changes.clear();
            inForce = RulesInForce.DEFAULTS_ONLY;
        });
    }

    /** The rules are not kept per lead: other nodes' changes arrive through {@link #reloadShared}. */
    @Override
    public long reloadLead(String leadId) {
        return NOT_KEPT_PER_LEAD;
    }

    @Override
    public void reloadShared() {
        loaded.ensure();
        load();
    }

    private void load() {
        Documents.forEach(documents, document -> changes.put(document.getLong("_id"), read(document)));
        refresh();
    }

    /** Whichever thread refreshes last has seen every change put before it. */
    private synchronized void refresh() {
        inForce = new RulesInForce(List.copyOf(changes.values()));
    }

    private void store(Map<Long, Void> changed) {
        Documents.replaceAll(documents, changed.keySet().stream()
                                               .map(sequence -> write(sequence, changes.get(sequence))).toList());
    }

    private Document write(long sequence, Change change) {
        try {
            return new Document("_id", sequence)
                    .append("rules", Document.parse(json.writeValueAsString(change.rules())))
                    .append("effectiveFrom", change.effectiveFrom().toString())
                    .append("by", change.by())
                    .append("on", change.on().toString());
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private Change read(Document document) {
        try {
            return new Change(json.readValue(document.get("rules", Document.class).toJson(), LightRules.class),
                              LocalDate.parse(document.getString("effectiveFrom")), document.getString("by"),
                              LocalDate.parse(document.getString("on")));
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
