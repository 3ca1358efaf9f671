package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guard keeps the read models' memory of each lead: it may run in their processor only. Run in another processor
 * (the reactions to lead events see only some of a lead's events), it took each skipped event for another node's
 * work, replaced the read models' unsaved memory of the lead with its older documents and recorded the event as
 * applied, so the read models went on without the lead's early events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadVersionGuardWiringTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private LeadVersionGuard guard;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private MongoDatabase database;

    @Test
    void theGuardRunsOnceInTheReadModelsProcessorAndInNoOther() {
        Map<String, Long> guards = processing.eventProcessors().keySet().stream().collect(Collectors.toMap(
                name -> name, name -> processing.interceptorsFor(name).stream()
                                                .filter(LeadVersionGuardWiringTest::isGuard).count()));

        assertThat(guards).hasSizeGreaterThan(1).containsEntry(ReadModels.PROCESSING_GROUP, 1L);
        guards.remove(ReadModels.PROCESSING_GROUP);
        assertThat(guards).allSatisfy((processor, count) -> assertThat(count).as(processor).isZero());
    }

    /**
     * Rebuilding the reactions (a processor of their own) leaves the read models' memory of which lead events they
     * applied alone: forgotten in the middle of the read models' own work, every lead's next event reloaded the lead
     * from documents that lag its memory, and the lead lost the events in between.
     */
    @Test
    void rebuildingAnotherProcessorLeavesTheGuardsMemoryOfTheReadModels() {
        awaitCaughtUp();
        Document lead = database.getCollection("lead_summaries").find().first();
        assertThat(lead).isNotNull();
        String leadId = lead.getString("_id");
        long version = lead.getLong("version");
        assertThat(guard.follow(leadId, version)).as("applied by the read models").isFalse();

        commands.sendAndWait(new RebuildProjectionCommand("project-reactions"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                () -> statuses().projections().stream().noneMatch(ProjectionStatus::rebuilding));
        awaitCaughtUp();

        assertThat(guard.follow(leadId, version)).as("still known as applied").isFalse();
    }

    private void awaitCaughtUp() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(
                () -> statuses().projections().stream().allMatch(ProjectionStatus::caughtUp));
    }

    private ProjectionStatuses statuses() {
        return queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join();
    }

    private static boolean isGuard(MessageHandlerInterceptor<?> interceptor) {
        return interceptor instanceof LeadVersionGuard.ReadModelsOnly;
    }
}
