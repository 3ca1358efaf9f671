package org.zhaoshang.crm.building.kept;

import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.state.BuildingState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One building as a read model holds it: its events in order, their fold, and the sequence number of the last one.
 * The event handler's thread changes it while queries read it, so both go through its lock.
 */
public final class KeptBuilding {

    private final String buildingId;
    private final List<BuildingEvent> events = new ArrayList<>();
    private BuildingState state = new BuildingState();
    private long version = -1;

    KeptBuilding(String buildingId) {
        this.buildingId = buildingId;
    }

    KeptBuilding(String buildingId, List<BuildingEvent> events, long version) {
        this(buildingId);
        this.events.addAll(events);
        this.state = BuildingState.of(events);
        this.version = version;
    }

    public String buildingId() {
        return buildingId;
    }

    public synchronized long version() {
        return version;
    }

    /** Applies the event unless one of its sequence number or later is applied already; whether it was applied. */
    synchronized boolean apply(BuildingEvent event, long sequence) {
        if (sequence <= version) {
            return false;
        }
        events.add(event);
        state.apply(event);
        version = sequence;
        return true;
    }

    /** What {@code read} makes of the fold and the events (in order, read only), under the building's lock. */
    public synchronized <T> T read(BiFunction<BuildingState, List<BuildingEvent>, T> read) {
        return read.apply(state, java.util.Collections.unmodifiableList(events));
    }

    synchronized List<BuildingEvent> events() {
        return List.copyOf(events);
    }
}
