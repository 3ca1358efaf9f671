package org.zhaoshang.crm.backup;

import org.zhaoshang.crm.building.lapse.ReservationIndex;
import org.zhaoshang.crm.conversion.query.ConversionProjection;
import org.zhaoshang.crm.department.query.DepartmentListProjection;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.query.LeadNamesProjection;
import org.zhaoshang.crm.lead.query.LeadSummaryProjection;
import org.zhaoshang.crm.notification.webhook.query.WebhookListProjection;
import org.zhaoshang.crm.notification.inbox.StoredNotifications;
import org.zhaoshang.crm.notification.settings.NotificationSettingsProjection;
import org.zhaoshang.crm.performance.query.PerformanceProjection;
import org.zhaoshang.crm.project.query.ProjectProjection;
import org.zhaoshang.crm.projection.ReadModelNodes;
import org.zhaoshang.crm.report.issued.KeptReports;
import org.zhaoshang.crm.supervision.query.LightRulesProjection;
import org.zhaoshang.crm.supervision.query.SupervisionProjection;

import java.util.List;
import java.util.stream.Stream;

/**
 * What each collection of the store is to a backup. A collection the application writes must be in one of these
 * lists ({@code BackupRestoreTest} checks it against a running application), so that a new one gets a decision.
 */
final class StoreCollections {

    static final String EVENTS = EventLog.EVENTS;
    /** Axon's MongoTokenStore under its default collection name, as {@code ProjectionConfiguration} builds it. */
    static final String TOKENS = "trackingtokens";
    static final String STORE_META = "store_meta";
    /**
     * Copied as they are: the store's layout, and state that no event records (the notifications: inboxes with their
     * read marks and what was sent, which nothing rebuilds).
     */
    static final List<String> COPIED = List.of(STORE_META, "users", "security_log", "import_mappings",
                                               StoredNotifications.COLLECTION);
    /**
     * Copied as they are too, and restored when the backup has them (one taken before they existed has not): the
     * issued reports' contents as they were when issued (no rebuild could make them again once later facts exist).
     */
    static final List<String> COPIED_SINCE_LATER = List.of(KeptReports.COLLECTION);
    /**
     * Documents, copied record by record: the records, the leads' lists, then the chunks of each recorded document (a
     * document is recorded after its chunks and its lead's list are written, so each one in the backup is whole).
     * Restored when the backup has them: one taken before documents existed has not.
     */
    static final List<String> DOCUMENTS = List.of(DocumentStore.RECORDS, DocumentStore.BY_LEAD,
                                                  DocumentStore.CHUNKS);
    /** Not backed up: rebuilt from the event log by the projections. */
    static final List<String> READ_MODELS = List.of("ambassadors", LeadSummaryProjection.COLLECTION,
                                                    LeadNamesProjection.COLLECTION, ConversionProjection.JOURNEYS,
                                                    ConversionProjection.TARGETS, ProjectProjection.PROJECTS,
                                                    ProjectProjection.INDEX, PerformanceProjection.PROJECTS,
                                                    LightRulesProjection.COLLECTION,
                                                    SupervisionProjection.LEADS, SupervisionProjection.KEY_PROJECTS,
                                                    SupervisionProjection.PROBLEMS, SupervisionProjection.PROJECTS,
                                                    DepartmentListProjection.COLLECTION,
                                                    WebhookListProjection.COLLECTION,
                                                    NotificationSettingsProjection.COLLECTION,
                                                    ReservationIndex.COLLECTION);
    /**
     * Not backed up either: the index counter (a restore sets it after the last event), snapshots (a cache of
     * aggregate state that may include events after the backup's last index; aggregates take new ones as they are
     * loaded), sign-in attempts (a lock-out lasts minutes) and the nodes running now.
     */
    static final List<String> LEFT_OUT = List.of(EventLog.COUNTERS, MongoEventStorageEngine.SNAPSHOTS,
                                                 "sign_in_attempts", ReadModelNodes.COLLECTION);

    private StoreCollections() {
    }

    static List<String> all() {
        return Stream.of(List.of(EVENTS, TOKENS), COPIED, COPIED_SINCE_LATER, DOCUMENTS, READ_MODELS, LEFT_OUT)
                     .flatMap(List::stream).toList();
    }
}
