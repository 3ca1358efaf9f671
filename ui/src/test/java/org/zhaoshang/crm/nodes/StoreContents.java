package org.zhaoshang.crm.nodes;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;

import java.util.HashMap;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/** What the store holds, read directly from it: the truth the nodes' answers are checked against. */
final class StoreContents {

    private StoreContents() {
    }

    /** How often each activity summary was recorded in the event log. */
    static Map<String, Integer> activitySummaries(MongoDatabase store) {
        Map<String, Integer> counts = new HashMap<>();
        store.getCollection(MongoEventStorageEngine.EVENTS)
             .find(eq("payloadType", ActivityLoggedEvent.class.getName()))
             .forEach(event -> counts.merge(Api.parse(event.getString("payload")).path("summary").asText(), 1,
                                            Integer::sum));
        return counts;
    }

    /** Each lead's last sequence number in the event log. */
    static Map<String, Long> leadVersions(MongoDatabase store) {
        Map<String, Long> versions = new HashMap<>();
        store.getCollection(MongoEventStorageEngine.EVENTS).find(eq("type", "Lead"))
             .forEach(event -> versions.merge(event.getString("aggregateId"), event.getLong("seq"), Math::max));
        return versions;
    }

    /** The signed projects in the event log, less those withdrawn (each withdrawal and reinstatement counted). */
    static long standingProjects(MongoDatabase store) {
        MongoCollection<Document> events = store.getCollection(MongoEventStorageEngine.EVENTS);
        return events.countDocuments(eq("payloadType", ProjectSignedEvent.class.getName()))
               - events.countDocuments(eq("payloadType", ProjectWithdrawnEvent.class.getName()))
               + events.countDocuments(eq("payloadType", ProjectReinstatedEvent.class.getName()));
    }
}
