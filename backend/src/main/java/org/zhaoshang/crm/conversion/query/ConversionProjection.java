package org.zhaoshang.crm.conversion.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.conversion.api.YearTargetsSetEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.SharedReadModel;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Conversion history: every lead's {@link LeadJourney}, stored one document per lead in {@value #JOURNEYS} (written
 * per batch), and {@link ConversionCounters} and {@link BoardHistory} kept in memory from them. At the end of each batch the counters lose
 * each changed lead's contributions as last counted and gain its contributions now, so applying an event twice, or
 * retrying a failed batch, changes nothing. Also keeps the years' targets.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ConversionProjection implements SharedReadModel {

    public static final String JOURNEYS = "lead_journeys";
    public static final String TARGETS = "year_targets";

    private final MongoCollection<Document> journeys;
    private final MongoCollection<Document> targets;
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);
    private final ObjectMapper json;
    private final Map<String, LeadJourney> state = new ConcurrentHashMap<>();
    /** Each lead's journey as the counters count it: what a batch moves them from, even after a failed batch. */
    private final Map<String, LeadJourney> counted = new ConcurrentHashMap<>();
    private final Map<String, Document> targetsByYear = new ConcurrentHashMap<>();
    private final ConversionCounters counters = new ConversionCounters();
    private final BoardHistory boardHistory = new BoardHistory();
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public ConversionProjection(MongoDatabase database, ObjectMapper json) {
        this.journeys = database.getCollection(JOURNEYS);
        this.targets = database.getCollection(TARGETS);
        this.json = json;
    }

    /**
     * Every lead event, applied to the lead as its journey knows it ({@link LeadJourney#lead}); {@link JourneyChange}
     * says what the journey records of it.
     */
    @EventHandler
    void on(LeadEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        LeadJourney journey = loadedState().get(event.leadId());
        LeadState lead = (journey == null ? LeadState.NONE : journey.lead()).apply(event, recordedAt);
        if (lead.exists()) {
            event.accept(new JourneyChange(lead, sequence, recordedAt));
        }
    }

    /** Keeps each setting of the targets with the day recorded, so that a report of a past month reads them as set. */
    @EventHandler
    void on(YearTargetsSetEvent event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        loadedState();
        Document targetsSet = Document.parse(write(event.targets()));
        List<Document> history = new ArrayList<>();
        Document before = targetsByYear.get(event.year());
        if (before != null) {
            before.getList("history", Document.class, List.of()).stream()
                  .filter(entry -> entry.getLong("version") < version).forEach(history::add);
        }
        history.add(new Document("version", version)
                            .append("recordedOn", recordedAt.atZone(BureauTime.ZONE).toLocalDate().toString())
                            .append("targets", targetsSet));
        Document document = new Document("_id", event.year()).append("targets", targetsSet)
                                                             .append("version", version).append("history", history);
        targets.replaceOne(new Document("_id", event.year()), document,
                           new com.mongodb.client.model.ReplaceOptions().upsert(true));
        targetsByYear.put(event.year(), document);
    }

    private void change(String leadId, long sequence, Consumer<LeadJourney> change) {
        LeadJourney journey = loadedState().get(leadId);
        if (journey == null) {
            return;
        }
        LeadJourney changed = journey.copy();
        change.accept(changed);
        changed.version = sequence;
        state.put(leadId, changed);
        changes.changed(leadId, () -> null);
    }

    /**
     * What the lead's journey records of each lead event: the lead's steps through the pipeline, and what slices
     * conversion history as the lead now has it. The event's sequence number and time come with it.
     */
    private final class JourneyChange implements LeadEventVisitor {

        private final LeadState lead;
        private final long sequence;
        private final Instant recordedAt;

        JourneyChange(LeadState lead, long sequence, Instant recordedAt) {
            this.lead = lead;
            this.sequence = sequence;
            this.recordedAt = recordedAt;
        }

        @Override
        public void on(LeadCreatedEvent event) {
            LeadJourney journey = new LeadJourney();
            journey.follow(lead);
            journey.facts.put(0L, new JourneyFact.Moved(null, Stage.LEAD, event.identifiedOn(), day(recordedAt)));
            loadedState().put(journey.leadId, journey);
            changes.changed(journey.leadId, () -> null);
        }

        @Override
        public void on(LeadMovedToStageEvent event) {
            change(event.leadId(), sequence, journey -> journey.facts.put(sequence, new JourneyFact.Moved(
                    event.from(), event.to(), event.occurredOn(), day(recordedAt))));
        }

        /** The stage is entered as the bureau recorded it, without its gate's data (whatever comes later). */
        @Override
        public void on(LeadGateDataMissingEvent event) {
            change(event.leadId(), sequence, journey -> journey.facts.put(sequence, new JourneyFact.GateDataMissing(
                    event.stage(), day(recordedAt), day(recordedAt))));
        }

        @Override
        public void on(LeadGateDataCompletedEvent event) {
        }

        @Override
        public void on(LeadLostEvent event) {
            change(event.leadId(), sequence, journey -> journey.facts.put(sequence, new JourneyFact.Lost(
                    event.stage(), event.reason(), event.competingLocation(), event.occurredOn(), day(recordedAt))));
        }

        @Override
        public void on(LeadPutOnHoldEvent event) {
            change(event.leadId(), sequence, journey -> journey.facts.put(sequence, new JourneyFact.Held(
                    event.stage(), day(recordedAt), day(recordedAt))));
        }

        @Override
        public void on(LeadReopenedEvent event) {
            change(event.leadId(), sequence, journey -> journey.facts.put(sequence, new JourneyFact.Reopened(
                    event.stage(), day(recordedAt), day(recordedAt))));
        }

        /* The lead's source, owner, company and figures slice conversion history. */

        @Override
        public void on(LeadSourceChangedEvent event) {
            change(event.leadId(), sequence, journey -> journey.follow(lead));
        }

        @Override
        public void on(LeadReassignedEvent event) {
            change(event.leadId(), sequence, journey -> journey.follow(lead));
        }

        @Override
        public void on(LeadCompanyUpdatedEvent event) {
            change(event.leadId(), sequence, journey -> journey.follow(lead));
        }

        @Override
        public void on(LeadNumbersUpdatedEvent event) {
            change(event.leadId(), sequence, journey -> journey.follow(lead));
        }

        /* Conversion history is not sliced by a lead's team, assessment, paperwork, contacts, activities or
           follow-ups. */

        @Override
        public void on(LeadTeamMemberAddedEvent event) {
        }

        @Override
        public void on(LeadTeamMemberRemovedEvent event) {
        }

        @Override
        public void on(LeadAssessmentUpdatedEvent event) {
        }

        @Override
        public void on(AgreementSignedEvent event) {
        }

        @Override
        public void on(CompanyRegisteredEvent event) {
        }

        @Override
        public void on(ContactAddedEvent event) {
        }

        @Override
        public void on(ContactChangedEvent event) {
        }

        @Override
        public void on(ContactRemovedEvent event) {
        }

        @Override
        public void on(ActivityLoggedEvent event) {
        }

        @Override
        public void on(ActivityCorrectedEvent event) {
        }

        @Override
        public void on(ActivityRetractedEvent event) {
        }

        @Override
        public void on(FollowUpScheduledEvent event) {
        }

        @Override
        public void on(FollowUpRescheduledEvent event) {
        }

        @Override
        public void on(FollowUpCompletedEvent event) {
        }

        /** A sheet's remarks and columns kept with the lead: no step of its journey. */
        @Override
        public void on(LeadImportRecordedEvent event) {
        }
    }

    private static List<Contribution> contributions(LeadJourney journey) {
        return journey == null ? List.of() : JourneyContributions.of(journey, fact -> true);
    }

    /** Counts each changed lead's journey and stores the journeys. */
    private void store(Map<String, Void> changed) {
        Documents.replaceAll(journeys, changed.keySet().stream().map(this::count).map(LeadJourney::toDocument)
                                                .toList());
    }

    /** Moves the counters from the lead's journey as last counted to its journey now. */
    private LeadJourney count(String leadId) {
        LeadJourney journey = state.get(leadId);
        counters.replace(contributions(counted.get(leadId)), contributions(journey));
        boardHistory.replace(counted.get(leadId), journey);
        counted.put(leadId, journey);
        return journey;
    }

    @Override
    public long reloadLead(String leadId) {
        loadedState();
        return Documents.byId(journeys, leadId).map(LeadJourney::fromDocument).map(journey -> {
            state.put(leadId, journey);
            return count(leadId).version;
        }).orElse(-1L);
    }

    @Override
    public void reloadShared() {
        loadedState();
        loadTargets();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, BureauTime.ZONE);
    }

    /** Loads the journeys from their documents and counts them; the years' targets too. */
    private void load() {
        Documents.forEach(journeys, document -> {
            LeadJourney journey = LeadJourney.fromDocument(document);
            state.put(journey.leadId, journey);
            counted.put(journey.leadId, journey);
            counters.add(JourneyContributions.of(journey, fact -> true));
            boardHistory.replace(null, journey);
        });
        loadTargets();
    }

    private void loadTargets() {
        Documents.forEach(targets, document -> targetsByYear.put(document.getString("_id"), document));
    }

    private Map<String, LeadJourney> loadedState() {
        loaded.ensure();
        return state;
    }

    ConversionCounters counters() {
        loadedState();
        return counters;
    }

    BoardHistory boardHistory() {
        loadedState();
        return boardHistory;
    }

    /** The journeys as the counters count them (a batch's changes once it has been stored). */
    Collection<LeadJourney> journeys() {
        loadedState();
        return counted.values();
    }

    /** The year's targets and their version, or null when none were set. */
    TargetsDocument targets(int year) {
        loadedState();
        Document document = targetsByYear.get(String.valueOf(year));
        return document == null ? null : new TargetsDocument(read(document.get("targets", Document.class).toJson(),
                                                                  YearTargets.class),
                                                             document.getLong("version"));
    }

    /**
     * The year's targets as set by the end of the day (recorded by then), or null when none were. A document kept
     * before the settings' days were (none has its history) answers its targets whatever the day, until a rebuild.
     */
    YearTargets targetsAsSetBy(int year, LocalDate day) {
        loadedState();
        Document document = targetsByYear.get(String.valueOf(year));
        if (document == null) {
            return null;
        }
        List<Document> history = document.getList("history", Document.class, List.of());
        if (history.isEmpty()) {
            return read(document.get("targets", Document.class).toJson(), YearTargets.class);
        }
        Document set = null;
        for (Document entry : history) {
            if (!LocalDate.parse(entry.getString("recordedOn")).isAfter(day)) {
                set = entry;
            }
        }
        return set == null ? null : read(set.get("targets", Document.class).toJson(), YearTargets.class);
    }

    record TargetsDocument(YearTargets targets, long version) {
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            journeys.drop();
            targets.drop();
            state.clear();
            counted.clear();
            targetsByYear.clear();
            counters.clear();
            boardHistory.clear();
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
