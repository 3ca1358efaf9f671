package org.zhaoshang.crm.building.importing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.query.BuildingRow;
import org.zhaoshang.crm.building.state.BuildingState;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.axonframework.common.ExceptionUtils.findException;

/**
 * The buildings of the library by Chinese name, each as its events leave it now. Names are found in the building list;
 * a building an import registered is also found by its id, made from its name, so that one imported a moment ago and
 * not yet listed is not registered twice. Each building's state is read from the event store, not the list: what a
 * row changes is decided on the building as it is.
 */
final class KnownBuildings {

    private final EventStore events;
    private final Map<String, String> idByName = new HashMap<>();
    private final Map<String, Optional<BuildingState>> loaded = new HashMap<>();

    /** @param listed the library's buildings (empty when there is no list to ask yet) */
    KnownBuildings(EventStore events, Supplier<List<BuildingRow>> listed) {
        this.events = events;
        for (BuildingRow row : listedOrNone(listed)) {
            idByName.putIfAbsent(key(row.nameZh()), row.buildingId());
        }
    }

    /** The building of this Chinese name, as it is now; empty when the library has none. */
    Optional<BuildingState> named(String nameZh) {
        String key = key(nameZh);
        return loaded.computeIfAbsent(key, known -> {
            Optional<BuildingState> listed = idByName.containsKey(known) ? load(idByName.get(known))
                                                                         : Optional.empty();
            return listed.isPresent() ? listed
                                      : load(importedId(nameZh)).filter(state -> key(state.profile().nameZh())
                                                                                         .equals(known));
        });
    }

    /** The id an import gives a building of this name. */
    static String importedId(String nameZh) {
        return UUID.nameUUIDFromBytes(("building-import\n" + key(nameZh)).getBytes(StandardCharsets.UTF_8))
                   .toString();
    }

    /** A name as compared: width, case and spaces aside. */
    static String key(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                                             .replaceAll("\\s+", "");
    }

    private Optional<BuildingState> load(String buildingId) {
        BuildingState state = new BuildingState();
        events.readEvents(buildingId).asStream().map(DomainEventMessage::getPayload)
              .filter(BuildingEvent.class::isInstance).map(BuildingEvent.class::cast).forEach(state::apply);
        return state.registered() ? Optional.of(state) : Optional.empty();
    }

    private static List<BuildingRow> listedOrNone(Supplier<List<BuildingRow>> listed) {
        try {
            return listed.get();
        } catch (RuntimeException failed) {
            if (findException(failed, NoHandlerForQueryException.class::isInstance).isPresent()) {
                return List.of();
            }
            throw failed;
        }
    }
}
