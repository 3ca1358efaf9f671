package org.zhaoshang.crm.lead.command;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A long-lived lead is snapshotted (Jackson) and loaded back from its snapshot with the events after it. */
@SpringBootTest(properties = "zhaoshang.lead.snapshot-every=3")
class LeadSnapshotTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private Serializer serializer;
    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    @Qualifier("leadCache")
    private Cache leadCache;

    @Test
    void aLeadLoadedFromItsSnapshotKnowsItsStage() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateLeadCommand(leadId, Company.named("Sakura Elder Care", null), SourceMarket.JAPAN, null, null, null));
        commands.sendAndWait(new LogActivityCommand(leadId, "visit-1", ActivityType.VISIT_BY_THEM,
                                                    LocalDate.now(BureauTime.ZONE), List.of("王伟"), null, null, null));
        commands.sendAndWait(new UpdateLeadNumbersCommand(leadId, new BigDecimal("12000"), null, null, null, null,
                                                          null, null, TargetZone.MINGFU_OLD_CITY, null, null));
        for (Stage stage : List.of(Stage.CONTACTED, Stage.SITE_VISIT, Stage.NEGOTIATION, Stage.INTENT)) {
            commands.sendAndWait(new MoveLeadToStageCommand(leadId, stage));
        }

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                database.getCollection(MongoEventStorageEngine.SNAPSHOTS).find(eq("_id", leadId)).first())
                .isNotNull());
        Document snapshot = database.getCollection(MongoEventStorageEngine.SNAPSHOTS).find(eq("_id", leadId)).first();
        assertThat(snapshot.getString("payloadType")).isEqualTo(Lead.class.getName());
        assertThat(snapshot.getString("payload")).contains("\"leadId\":\"" + leadId + "\"", "\"stage\":\"");
        Object restored = serializer.deserialize(new SimpleSerializedObject<>(
                snapshot.getString("payload"), String.class, Lead.class.getName(), null));
        assertThat(restored).isInstanceOf(Lead.class);

        assertThatThrownBy(() -> commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.INTENT)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("to: the lead is already at stage INTENT");
        commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.NEGOTIATION));
    }

    /** The control for the next test: a snapshot of the aggregate's own revision is what the lead is loaded from. */
    @Test
    void aSnapshotOfTheCurrentRevisionIsUsed() {
        String leadId = aLeadWithASnapshotSayingIntent(currentRevision());

        commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.LEAD));
    }

    /** Its state has another shape: the lead is rebuilt from its events (which say LEAD), not from the snapshot. */
    @Test
    void aSnapshotOfAnOlderRevisionIsIgnored() {
        String leadId = aLeadWithASnapshotSayingIntent(String.valueOf(Integer.parseInt(currentRevision()) - 1));

        assertThatThrownBy(() -> commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.LEAD)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("to: the lead is already at stage LEAD");
    }

    private static String currentRevision() {
        return Lead.class.getAnnotation(Revision.class).value();
    }

    /** A new lead (at LEAD, one event) and a snapshot of it at INTENT stored with the given revision. */
    private String aLeadWithASnapshotSayingIntent(String revision) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateLeadCommand(leadId, Company.named("Kobe Precision", null), SourceMarket.JAPAN,
                                                   null, null, null));
        Lead atIntent = serializer.deserialize(new SimpleSerializedObject<>(
                "{\"leadId\":\"" + leadId + "\",\"stage\":\"INTENT\",\"status\":\"OPEN\"}", String.class,
                Lead.class.getName(), currentRevision()));
        storageEngine.storeSnapshot(new GenericDomainEventMessage<>(Lead.class.getSimpleName(), leadId, 0, atIntent));
        database.getCollection(MongoEventStorageEngine.SNAPSHOTS)
                .updateOne(eq("_id", leadId), set("payloadRevision", revision));
        leadCache.remove(leadId);
        return leadId;
    }
}
