package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.performance.query.PerformanceFixture.Numbered;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.SharedReadModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The performance read model is the same whether each event arrives once or twice (delivery is at least once). */
class PerformanceProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static PerformanceProjection projection(MongoDatabase database) {
        return new PerformanceProjection(database, PerformanceFixture.PROJECT_LEADS, JSON);
    }

    private static Map<String, Object> contents(MongoDatabase database) {
        Map<String, Object> contents = new TreeMap<>();
        for (Document document : database.getCollection(PerformanceProjection.PROJECTS).find()) {
            document.remove(PerformanceProjection.STORED_AT); // when, not what
            contents.put(document.getString("_id"), document.toJson());
        }
        return contents;
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameReadModel() {
        List<Numbered> events = PerformanceFixture.events();
        MongoDatabase once = STORE.database("performance-once");
        PerformanceProjection single = projection(once);
        events.forEach(numbered -> single.on(numbered.event(), numbered.sequence()));
        single.on(new LeadReassignedEvent("lead-1", "wang.fang", "wang.fang"));

        MongoDatabase twice = STORE.database("performance-twice");
        PerformanceProjection doubled = projection(twice);
        for (int i = 0; i < events.size(); i++) {
            doubled.on(events.get(i).event(), events.get(i).sequence());
            doubled.on(events.get(i).event(), events.get(i).sequence());
            if (i > 0) {
                doubled.on(events.get(i - 1).event(), events.get(i - 1).sequence()); // a retried batch
            }
        }
        doubled.on(new LeadReassignedEvent("lead-1", "wang.fang", "wang.fang"));
        doubled.on(new LeadReassignedEvent("lead-1", "wang.fang", "wang.fang"));

        assertThat(contents(twice)).hasSize(4).isEqualTo(contents(once));
        assertThat(projection(twice).projects()).as("loaded from the documents after a restart")
                                                .extracting(TrackedProject::projectId)
                                                .containsExactlyInAnyOrder("p-1", "p-2", "p-3", "p-4");
    }

    @Test
    void aProjectKeepsEachVersionOfItsCommitmentsAndItsFactsDated() {
        MongoDatabase database = STORE.database("performance-content");
        PerformanceProjection projection = projection(database);
        PerformanceFixture.events().forEach(numbered -> projection.on(numbered.event(), numbered.sequence()));

        TrackedProject p3 = projection(database).projects().stream()
                                                .filter(project -> project.projectId().equals("p-3")).findFirst()
                                                .orElseThrow();
        assertThat(p3.commitments()).extracting(TrackedProject.DatedCommitments::knownOn)
                                    .containsExactly(PerformanceFixture.day("2025-08-01"),
                                                     PerformanceFixture.day("2026-03-01"));
        assertThat(p3.facts().get("f-1").returnedOn()).isEqualTo(PerformanceFixture.day("2025-10-22"));
        assertThat(p3.lead().owner()).isEqualTo("wang.fang");
        assertThat(p3.version()).isEqualTo(3);
    }

    @Test
    void aLeadReassignedMovesItsProjectsToTheNewOwnersSlice() {
        Map<String, LeadState> leads = new HashMap<>(PerformanceFixture.LEADS);
        PerformanceProjection projection = new PerformanceProjection(
                STORE.database("performance-reassigned"), new ProjectLeads(null) {
                    @Override
                    public LeadState now(String leadId) {
                        return leads.get(leadId);
                    }
                }, JSON);
        PerformanceFixture.events().forEach(numbered -> projection.on(numbered.event(), numbered.sequence()));
        LeadState lead = leads.get("lead-1");
        leads.put("lead-1", new LeadState(
                lead.leadId(), lead.company(), lead.market(), lead.channel(), lead.introducedBy(), "zhou.min",
                lead.team(), lead.stage(), lead.furthestStage(), lead.status(), lead.identifiedOn(),
                lead.stageEnteredOn(), lead.createdAt(), lead.stageChangedAt(), lead.figures(), lead.assessment(),
                lead.agreement(), lead.registeredOn(), lead.hold(), lead.loss(), lead.contacts(), lead.activities(),
                lead.followUps(), lead.dataToComplete(), lead.importRecords()));

        projection.on(new LeadReassignedEvent("lead-1", "wang.fang", "zhou.min"));

        assertThat(projection.projects()).filteredOn(project -> project.leadId().equals("lead-1"))
                                         .extracting(project -> project.lead().owner()).containsExactly("zhou.min");
        assertThat(projection(STORE.database("performance-reassigned")).projects())
                .as("as stored").filteredOn(project -> project.leadId().equals("lead-1"))
                .extracting(project -> project.lead().owner()).containsExactly("zhou.min");
    }

    @Test
    void aWithdrawalAndAReinstatementAreDatedFactsKeptOnceEachWhenDeliveredTwice() {
        MongoDatabase database = STORE.database("performance-withdrawn");
        PerformanceProjection projection = projection(database);
        List<Numbered> events = new ArrayList<>(PerformanceFixture.events());
        long next = events.stream().filter(numbered -> numbered.event().projectId().equals("p-2")).count();
        events.add(new Numbered(new ProjectWithdrawnEvent("p-2", "lead-2", "li.na", PerformanceFixture.day("2026-01-15"),
                                                          "stage CONTACTED"), next));
        events.add(new Numbered(new ProjectReinstatedEvent("p-2", "lead-2", "li.na",
                                                           PerformanceFixture.day("2026-04-01")), next + 1));
        for (Numbered numbered : events) {
            projection.on(numbered.event(), numbered.sequence());
            projection.on(numbered.event(), numbered.sequence());
        }

        TrackedProject p2 = projection(database).projects().stream()
                                                .filter(project -> project.projectId().equals("p-2")).findFirst()
                                                .orElseThrow();
        assertThat(p2.standing()).containsExactly(
                new TrackedProject.Standing(PerformanceFixture.day("2026-01-15"), true),
                new TrackedProject.Standing(PerformanceFixture.day("2026-04-01"), false));
        assertThat(p2.version()).isEqualTo(next + 1);
        assertThat(p2.withdrawnAt(PerformanceFixture.day("2026-02-01"), true)).isTrue();
        assertThat(p2.withdrawnAt(PerformanceFixture.day("2026-04-01"), true)).isFalse();
        assertThat(p2.withdrawnAt(PerformanceFixture.day("2026-02-01"), false)).as("known now: reinstated").isFalse();
    }

    @Test
    void withSeveralNodesEachAnswersForEveryProjectAndTakesOverAProjectWhereAnotherLeftIt() {
        MongoDatabase database = STORE.database("performance-nodes");
        PerformanceProjection a = projection(database);
        PerformanceProjection b = projection(database);
        a.projects();
        b.projects(); // both loaded (empty) before any work: what follows reaches them only by following
        Instant started = Instant.now();
        List<Numbered> events = PerformanceFixture.events();
        // node A processes P1 and P3 and the first half of P2's events; node B P4, then takes over P2's segment
        long p2Events = events.stream().filter(numbered -> numbered.event().projectId().equals("p-2")).count();
        for (Numbered numbered : events) {
            String projectId = numbered.event().projectId();
            boolean onA = projectId.equals("p-1") || projectId.equals("p-3")
                          || projectId.equals("p-2") && numbered.sequence() < p2Events / 2;
            (onA ? a : b).on(numbered.event(), numbered.sequence());
        }
        assertThat(b.projects()).as("B took up P2 from A's document, not from its middle")
                                .filteredOn(project -> project.projectId().equals("p-2")).singleElement()
                                .satisfies(p2 -> assertThat(p2.facts()).hasSize(5));
        assertThat(a.projects()).extracting(TrackedProject::projectId).doesNotContain("p-4");

        a.reloadStoredSince(started);
        b.reloadStoredSince(started);

        MongoDatabase single = STORE.database("performance-one-node");
        PerformanceProjection one = projection(single);
        events.forEach(numbered -> one.on(numbered.event(), numbered.sequence()));
        assertThat(byId(a.projects())).as("node A").isEqualTo(byId(one.projects()));
        assertThat(byId(b.projects())).as("node B").isEqualTo(byId(one.projects()));
        assertThat(contents(database)).isEqualTo(contents(single));
        assertThat(a.reloadLead("lead-1")).as("no lead versions to the guard")
                                          .isEqualTo(SharedReadModel.NOT_KEPT_PER_LEAD);
    }

    private static Map<String, TrackedProject> byId(Collection<TrackedProject> projects) {
        Map<String, TrackedProject> byId = new TreeMap<>();
        projects.forEach(project -> byId.put(project.projectId(), project));
        return byId;
    }
}
