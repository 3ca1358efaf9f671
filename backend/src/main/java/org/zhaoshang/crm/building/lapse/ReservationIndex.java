package org.zhaoshang.crm.building.lapse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.projection.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

/**
 * The units reserved now, by lead: the collection {@value #COLLECTION}, one document per unit ever reserved (its lead
 * and last day while reserved, none after), so that a lost lead's reservations and those past their day are found
 * without reading every building. A read model (rebuilt from the log, not backed up). Idempotent: a unit's document
 * keeps the sequence of the building's event it was last set from, and an event not after it changes nothing.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ReservationIndex {

    public static final String COLLECTION = "building_reservations";

    private final MongoCollection<Document> units;

    public ReservationIndex(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
        units.createIndex(Indexes.ascending("leadId"));
    }

    @EventHandler
    void on(UnitReservedEvent event, @SequenceNumber long sequence) {
        set(event.buildingId(), event.unitId(), sequence, event.leadId(), event.until());
    }

    @EventHandler
    void on(UnitReservationEndedEvent event, @SequenceNumber long sequence) {
        set(event.buildingId(), event.unitId(), sequence, null, null);
    }

    @EventHandler
    void on(UnitLetEvent event, @SequenceNumber long sequence) {
        set(event.buildingId(), event.unitId(), sequence, null, null);
    }

    @ResetHandler
    void reset() {
        units.drop();
        units.createIndex(Indexes.ascending("leadId"));
    }

    /** The units reserved for the lead now. */
    List<Reservation> forLead(String leadId) {
        return units.find(eq("leadId", leadId)).map(ReservationIndex::reservation).into(new ArrayList<>());
    }

    /** Every unit reserved now. */
    List<Reservation> all() {
        return units.find(ne("leadId", null)).map(ReservationIndex::reservation).into(new ArrayList<>());
    }

    private void set(String buildingId, String unitId, long sequence, String leadId, LocalDate until) {
        String id = buildingId + "/" + unitId;
        Document known = units.find(eq("_id", id)).first();
        if (known != null && known.getLong("sequence") >= sequence) {
            return; // delivered before
        }
        units.replaceOne(eq("_id", id), new Document("_id", id).append("buildingId", buildingId)
                                                              .append("unitId", unitId)
                                                              .append("leadId", leadId)
                                                              .append("until", until == null ? null : until.toString())
                                                              .append("sequence", sequence),
                         new ReplaceOptions().upsert(true));
    }

    private static Reservation reservation(Document document) {
        return new Reservation(document.getString("buildingId"), document.getString("unitId"),
                               document.getString("leadId"), LocalDate.parse(document.getString("until")));
    }

    /** A unit reserved for a lead until a day (its last). */
    record Reservation(String buildingId, String unitId, String leadId, LocalDate until) {
    }
}
