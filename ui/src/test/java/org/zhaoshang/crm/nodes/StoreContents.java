package org.zhaoshang.crm.nodes;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.conversion.query.ConversionProjection;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.query.LeadNamesProjection;
import org.zhaoshang.crm.lead.query.LeadSummaryProjection;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;

/** What the store holds, read directly from it: the truth the nodes' answers are checked against. */
final class StoreContents {

    private static final String[] READ_MODELS = {LeadSummaryProjection.COLLECTION, ConversionProjection.JOURNEYS,
            LeadNamesProjection.COLLECTION, ConversionProjection.TARGETS, "ambassadors"};

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

    /**
     * Every read-model document by collection and id, without the time it was stored (which says when, not what):
     * equal for two stores when their read models say the same.
     */
    static Map<String, Map<Object, Document>> readModels(MongoDatabase store) {
        Map<String, Map<Object, Document>> all = new TreeMap<>();
        for (String collection : READ_MODELS) {
            Map<Object, Document> documents = new HashMap<>();
            store.getCollection(collection).find().forEach(document -> {
                document.remove("storedAt");
                documents.put(document.get("_id"), document);
            });
            all.put(collection, documents);
        }
        return all;
    }
}
