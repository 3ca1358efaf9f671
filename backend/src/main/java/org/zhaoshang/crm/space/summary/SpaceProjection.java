package org.zhaoshang.crm.space.summary;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every building's events, one document per building in {@value #COLLECTION}, for the district's space over time
 * ({@link BuildingSpace}): what the summary reads. Idempotent by each building's sequence numbers.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class SpaceProjection implements SharedReadModel {

    public static final String COLLECTION = "space_buildings";

    private final KeptBuildings buildings;
    private final LoadedOnce loaded = new LoadedOnce(this::load);
    private final Map<String, Read> spaces = new ConcurrentHashMap<>();

    /** A building's space (null before it is registered) as of its event of that sequence number. */
    private record Read(long version, BuildingSpace space) {
    }

    public SpaceProjection(MongoDatabase database, ObjectMapper json) {
        this.buildings = new KeptBuildings(database, COLLECTION, json);
    }

    @EventHandler
    void on(BuildingEvent event, @SequenceNumber long sequence) {
        loaded.ensure();
        buildings.apply(event, sequence);
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            buildings.clear();
            spaces.clear();
        });
    }

    /** Each registered building's space as it now stands, read again from its events only once they changed. */
    List<BuildingSpace> buildings() {
        loaded.ensure();
        List<BuildingSpace> all = new ArrayList<>();
        for (KeptBuilding building : buildings.all()) {
            Read read = spaces.get(building.buildingId());
            if (read == null || read.version() != building.version()) {
                read = building.read((state, events) -> new Read(building.version(), BuildingSpace.of(state, events)));
                spaces.put(building.buildingId(), read);
            }
            if (read.space() != null) {
                all.add(read.space());
            }
        }
        return all;
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
