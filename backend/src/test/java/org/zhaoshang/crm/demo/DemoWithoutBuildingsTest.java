package org.zhaoshang.crm.demo;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code zhaoshang.demo-buildings=false} leaves the demo's buildings out (its log's "DEMO DATA … in … ms" is the
 * demo's start without them, against DemoBuildingsTest's with them).
 */
@SpringBootTest(properties = {"zhaoshang.demo-leads=300", "zhaoshang.demo-buildings=false"})
@DirtiesContext
class DemoWithoutBuildingsTest {

    @Autowired
    private MongoDatabase database;

    @Test
    void noBuildings() {
        assertThat(database.getCollection(MongoEventStorageEngine.EVENTS)
                           .countDocuments(eq("payloadType", BuildingRegisteredEvent.class.getName()))).isZero();
    }
}
