package org.zhaoshang.crm.ambassador.query;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.ambassador.api.AmbassadorDeactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorReactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.AmbassadorRegisteredEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.AmbassadorUpdatedEvent;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorQuery;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.shared.api.AmbassadorChoices;
import org.zhaoshang.crm.shared.api.FindAmbassadorChoicesQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * Ambassadors and partners, one document each. A bureau has tens to hundreds of them, so the list is read whole and
 * sorted here. Idempotent: every handler sets absolute values. Open lists are told the id of each changed record.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class AmbassadorListProjection {

    private final MongoCollection<Document> ambassadors;
    private final ObjectMapper json;
    private final QueryUpdateEmitter updates;
    private final StoreAvailability store;
    private volatile List<AmbassadorSummary> lastRead = List.of();

    public AmbassadorListProjection(MongoDatabase database, ObjectMapper json, QueryUpdateEmitter updates,
                                    StoreAvailability store) {
        this.ambassadors = database.getCollection("ambassadors");
        this.json = json;
        this.updates = updates;
        this.store = store;
    }

    @EventHandler
    void on(AmbassadorRegisteredEvent event, @SequenceNumber long version) {
        ambassadors.replaceOne(eq("_id", event.ambassadorId()),
                               new Document("_id", event.ambassadorId())
                                       .append("profile", toDocument(event.profile()))
                                       .append("active", true)
                                       .append("version", version),
                               new ReplaceOptions().upsert(true));
        changed(event.ambassadorId());
    }

    @EventHandler
    void on(AmbassadorUpdatedEvent event, @SequenceNumber long version) {
        ambassadors.updateOne(eq("_id", event.ambassadorId()),
                              Updates.combine(Updates.set("profile", toDocument(event.profile())),
                                              Updates.set("version", version)));
        changed(event.ambassadorId());
    }

    @EventHandler
    void on(AmbassadorDeactivatedEvent event, @SequenceNumber long version) {
        ambassadors.updateOne(eq("_id", event.ambassadorId()),
                              Updates.combine(Updates.set("active", false), Updates.set("version", version)));
        changed(event.ambassadorId());
    }

    @EventHandler
    void on(AmbassadorReactivatedEvent event, @SequenceNumber long version) {
        ambassadors.updateOne(eq("_id", event.ambassadorId()),
                              Updates.combine(Updates.set("active", true), Updates.set("version", version)));
        changed(event.ambassadorId());
    }

    /** Tells open lists (subscriptions to {@link FindAmbassadorsQuery}) whose record changed, if they may see it. */
    private void changed(String ambassadorId) {
        updates.emit(subscription -> subscription.getPayload() instanceof FindAmbassadorsQuery
                                     && seesAmbassador(Caller.from(subscription.getMetaData()), ambassadorId),
                     ambassadorId);
    }

    @ResetHandler
    void reset() {
        ambassadors.drop();
    }

    @QueryHandler
    AmbassadorList handle(FindAmbassadorsQuery query, MetaData metaData) {
        Caller caller = requireListRole(metaData);
        return new AmbassadorList(all().stream()
                                     .filter(ambassador -> query.includeInactive() || ambassador.active())
                                     .filter(ambassador -> seesAmbassador(caller, ambassador.ambassadorId()))
                                     .sorted(Comparator.comparing(ambassador -> ambassador.profile().name()))
                                     .toList());
    }

    /** The same list, every ambassador and partner the caller may see, as names to choose from. */
    @QueryHandler
    AmbassadorChoices handle(FindAmbassadorChoicesQuery query, MetaData metaData) {
        return new AmbassadorChoices(handle(new FindAmbassadorsQuery(true), metaData).ambassadors().stream()
                .map(ambassador -> new AmbassadorChoices.Choice(ambassador.ambassadorId(), ambassador.profile().name(),
                                                                ambassador.active()))
                .toList());
    }

    @QueryHandler
    AmbassadorSummary handle(FindAmbassadorQuery query, MetaData metaData) {
        if (!seesAmbassador(requireListRole(metaData), query.ambassadorId())) {
            return null;
        }
        return store.readOr(() -> {
            Document ambassador = ambassadors.find(eq("_id", query.ambassadorId())).first();
            return ambassador == null ? null : toSummary(ambassador);
        }, () -> lastRead.stream().filter(ambassador -> ambassador.ambassadorId().equals(query.ambassadorId()))
                         .findFirst().orElse(null));
    }

    /** Every record, read whole; while the store cannot be reached, as last read (pickers and lists go on working). */
    private List<AmbassadorSummary> all() {
        return store.readOr(() -> {
            lastRead = ambassadors.find().map(this::toSummary).into(new ArrayList<>());
            return lastRead;
        }, () -> lastRead);
    }

    /** The list is the bureau's and each ambassador's own; a district leader (LEADER alone) has no business in it. */
    private static Caller requireListRole(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("The ambassadors and partners", Role.STAFF, Role.MANAGER, Role.ADMIN, Role.AMBASSADOR);
        return caller;
    }

    /** Staff, managers and administrators see every ambassador and partner; an ambassador only their own record. */
    private static boolean seesAmbassador(Caller caller, String ambassadorId) {
        return caller.has(Role.STAFF) || caller.has(Role.MANAGER) || caller.has(Role.ADMIN)
               || caller.has(Role.AMBASSADOR) && ambassadorId.equals(caller.ambassadorId());
    }

    private Document toDocument(AmbassadorProfile profile) {
        return new Document(json.convertValue(profile, Map.class));
    }

    private AmbassadorSummary toSummary(Document document) {
        return new AmbassadorSummary(document.getString("_id"),
                                     json.convertValue(document.get("profile", Document.class), AmbassadorProfile.class),
                                     document.getBoolean("active"),
                                     document.getLong("version"));
    }
}
