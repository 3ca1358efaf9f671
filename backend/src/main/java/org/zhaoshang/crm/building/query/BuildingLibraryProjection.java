package org.zhaoshang.crm.building.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.kept.KeptBuilding;
import org.zhaoshang.crm.building.kept.KeptBuildings;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.projection.SharedReadModel;

import java.time.Instant;
import java.util.Collection;

/**
 * The building library: every building's events and their fold, one document per building in {@value #COLLECTION};
 * the list, the stacking plan and a unit's history are read from it ({@link BuildingQueries}). Idempotent by each
 * building's sequence numbers.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class BuildingLibraryProjection implements SharedReadModel {

    public static final String COLLECTION = "building_library";

    private final KeptBuildings buildings;
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public BuildingLibraryProjection(MongoDatabase database, ObjectMapper json) {
        this.buildings = new KeptBuildings(database, COLLECTION, json);
    }

    @EventHandler
    void on(BuildingEvent event, @SequenceNumber long sequence) {
        loaded.ensure();
        buildings.apply(event, sequence);
    }

    @ResetHandler
    void reset() {
        loaded.reset(buildings::clear);
    }

    KeptBuilding building(String buildingId) {
        loaded.ensure();
        return buildings.get(buildingId);
    }

    Collection<KeptBuilding> buildings() {
        loaded.ensure();
        return buildings.all();
    }

    @Override
    public long reloadLead(String leadId) {
        return NOT_KEPT_PER_LEAD;
    }

    @Override
    public void reloadStoredSince(Instant since) {
        loaded.ensure();
        buildings.reloadStoredSince(since);
    }

    private void load() {
        buildings.load();
    }
}
