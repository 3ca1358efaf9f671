package org.zhaoshang.crm;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;

/**
 * How many events the application's store holds: a refused change must not add any. The count is taken once every
 * processor has caught up with the log, since the signed projects' reactions write events of their own after a lead's
 * move (a count taken while they work would move under a refused change).
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    public static long count(ApplicationContext app) {
        ProjectionRebuilds processors = app.getBean(ProjectionRebuilds.class);
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(
                () -> processors.statuses().projections().stream().allMatch(ProjectionStatus::caughtUp));
        return app.getBean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
    }
}
