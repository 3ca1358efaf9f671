package org.zhaoshang.crm.lead.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.FindLeadQuery;
import org.zhaoshang.crm.lead.api.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPage;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadStatus;
import org.zhaoshang.crm.lead.api.LeadSummary;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * The list of leads, one document per lead. Every handler sets absolute values keyed by the lead id, so an event
 * delivered twice changes nothing.
 */
@Component
@ProcessingGroup(LeadSummaryProjection.PROCESSING_GROUP)
public class LeadSummaryProjection {

    public static final String PROCESSING_GROUP = "lead-summaries";
    public static final String COLLECTION = "lead_summaries";

    private final MongoCollection<Document> summaries;
    private final QueryUpdateEmitter updates;

    public LeadSummaryProjection(MongoDatabase database, QueryUpdateEmitter updates) {
        this.summaries = database.getCollection(COLLECTION);
        this.updates = updates;
    }

    @EventHandler
    void on(LeadCreatedEvent event, @Timestamp Instant occurredAt, @SequenceNumber long version) {
        Document summary = new Document("_id", event.leadId())
                .append("companyNameEn", event.company().nameEn())
                .append("companyNameZh", event.company().nameZh())
                .append("market", event.market().name())
                .append("stage", Stage.LEAD.name())
                .append("status", LeadStatus.OPEN.name())
                .append("identifiedOn", event.identifiedOn().toString())
                .append("createdAt", Date.from(occurredAt))
                .append("stageChangedAt", Date.from(occurredAt))
                .append("version", version);
        summaries.replaceOne(eq("_id", event.leadId()), summary, new ReplaceOptions().upsert(true));
        announce(event.leadId());
    }

    @EventHandler
    void on(LeadMovedToStageEvent event, @Timestamp Instant occurredAt, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("stage", event.to().name()),
               Updates.set("stageChangedAt", Date.from(occurredAt)));
    }

    @EventHandler
    void on(LeadSourceChangedEvent event, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("market", event.market().name()));
    }

    @EventHandler
    void on(LeadCompanyUpdatedEvent event, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("companyNameEn", event.company().nameEn()),
               Updates.set("companyNameZh", event.company().nameZh()));
    }

    @EventHandler
    void on(LeadNumbersUpdatedEvent event, @SequenceNumber long version) {
        BigDecimal cnyWan = event.plannedInvestment() == null ? null : event.plannedInvestment().cnyWan();
        update(event.leadId(), version,
               Updates.set("plannedInvestmentCnyWan", cnyWan == null ? null : new Decimal128(cnyWan)));
    }

    @EventHandler
    void on(LeadPutOnHoldEvent event, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("status", LeadStatus.ON_HOLD.name()));
    }

    @EventHandler
    void on(LeadLostEvent event, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("status", LeadStatus.LOST.name()));
    }

    @EventHandler
    void on(LeadReopenedEvent event, @SequenceNumber long version) {
        update(event.leadId(), version, Updates.set("status", LeadStatus.OPEN.name()));
    }

    /** Sets the changed fields and the lead's version, and tells open lists. */
    private void update(String leadId, long version, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", version));
        summaries.updateOne(eq("_id", leadId), Updates.combine(all));
        announce(leadId);
    }

    /** Tells open lists (subscription queries) that a lead changed; no read when no list is open (replays). */
    private void announce(String leadId) {
        if (updates.activeSubscriptions().isEmpty()) {
            return;
        }
        Document summary = summaries.find(eq("_id", leadId)).first();
        if (summary != null) {
            updates.emit(FindLeadsQuery.class, query -> true, toSummary(summary));
        }
    }

    @ResetHandler
    void reset() {
        summaries.deleteMany(new Document());
    }

    @QueryHandler
    LeadPage handle(FindLeadsQuery query) {
        new Violations()
                .check(query.page() >= 0, "page", "min", "must be 0 or more")
                .check(query.size() >= 1 && query.size() <= FindLeadsQuery.MAX_PAGE_SIZE, "size", "range",
                       "must be between 1 and " + FindLeadsQuery.MAX_PAGE_SIZE)
                .throwIfAny();
        List<LeadSummary> leads = new ArrayList<>();
        summaries.find()
                 .sort(Sorts.orderBy(Sorts.descending("identifiedOn"), Sorts.descending("createdAt"),
                                     Sorts.ascending("_id")))
                 .skip(Math.multiplyExact(query.page(), query.size()))
                 .limit(query.size())
                 .forEach(document -> leads.add(toSummary(document)));
        return new LeadPage(leads, summaries.countDocuments());
    }

    @QueryHandler
    LeadSummary handle(FindLeadQuery query) {
        Document summary = summaries.find(eq("_id", query.leadId())).first();
        return summary == null ? null : toSummary(summary);
    }

    private static LeadSummary toSummary(Document document) {
        return new LeadSummary(document.getString("_id"),
                               document.getString("companyNameEn"),
                               document.getString("companyNameZh"),
                               SourceMarket.valueOf(document.getString("market")),
                               Stage.valueOf(document.getString("stage")),
                               LeadStatus.valueOf(document.getString("status")),
                               document.get("plannedInvestmentCnyWan") == null ? null
                                       : document.get("plannedInvestmentCnyWan", Decimal128.class).bigDecimalValue(),
                               LocalDate.parse(document.getString("identifiedOn")),
                               document.getDate("createdAt").toInstant(),
                               document.getDate("stageChangedAt").toInstant(),
                               document.getLong("version"));
    }
}
