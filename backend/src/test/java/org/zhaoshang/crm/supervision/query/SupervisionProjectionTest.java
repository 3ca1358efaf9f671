package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.query.SupervisionFixture.Delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.as;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.day;

/**
 * The supervision read model keeps every fact with the day it happened and the day it was recorded, is the same
 * whether each event arrives once or twice, and judges any past day as known now or then.
 */
class SupervisionProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static SupervisionProjection projection(MongoDatabase database) {
        return new SupervisionProjection(database, JSON);
    }

    private static Map<String, Object> contents(MongoDatabase database) {
        Map<String, Object> contents = new TreeMap<>();
        for (String collection : List.of(SupervisionProjection.LEADS, SupervisionProjection.KEY_PROJECTS,
                                         SupervisionProjection.PROBLEMS, SupervisionProjection.PROJECTS)) {
            for (Document document : database.getCollection(collection).find()) {
                document.remove(KeptMarks.STORED_AT); // when, not what
                contents.put(collection + "/" + document.getString("_id"), document.toJson());
            }
        }
        return contents;
    }

    private static KeyProjectList list(SupervisionProjection projection, LocalDate asOf, Knowledge knowledge) {
        return SupervisionFixture.queries(projection).handle(new FindKeyProjectsQuery(2026, null, null, asOf,
                                                                                      knowledge),
                                                             as("staff", Role.STAFF));
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameReadModel() {
        List<Delivery> events = SupervisionFixture.events();
        MongoDatabase once = STORE.database("supervision-once");
        SupervisionProjection single = projection(once);
        events.forEach(delivery -> delivery.to(single));

        MongoDatabase twice = STORE.database("supervision-twice");
        SupervisionProjection doubled = projection(twice);
        for (int i = 0; i < events.size(); i++) {
            events.get(i).to(doubled);
            events.get(i).to(doubled);
            if (i > 0) {
                events.get(i - 1).to(doubled); // a retried batch
            }
        }

        assertThat(contents(twice)).hasSize(4 + 3 + 2 + 1).isEqualTo(contents(once));
        assertThat(list(doubled, null, null)).isEqualTo(list(single, null, null));
        assertThat(list(projection(twice), null, null)).as("loaded from the documents after a restart")
                                                      .isEqualTo(list(single, null, null));
        assertThat(list(single, null, null).rows()).extracting(KeyProjectRow::leadId, KeyProjectRow::light)
                                                   .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                                                            "lead-1", Light.RED),
                                                                    org.assertj.core.groups.Tuple.tuple(
                                                                            "lead-2", Light.YELLOW));
    }

    @Test
    void anActivityRecordedLateCountsForThePastAsKnownNowButNotAsKnownThen() {
        SupervisionProjection projection = SupervisionFixture.projected(projection(STORE.database("known")));

        assertThat(row(projection, "2026-05-10", Knowledge.AS_KNOWN_NOW).lastProgressOn())
                .as("the meeting of 1 May, recorded on 20 May").isEqualTo(day("2026-05-01"));
        assertThat(row(projection, "2026-05-10", Knowledge.AS_KNOWN_THEN).lastProgressOn())
                .as("pr-2 resolved on 18 Feb").isEqualTo(day("2026-02-18"));
        assertThat(row(projection, "2026-03-10", Knowledge.AS_KNOWN_NOW).lastProgressOn())
                .as("the activity of 1 March was retracted on 20 March").isEqualTo(day("2026-02-18"));
        assertThat(row(projection, "2026-03-10", Knowledge.AS_KNOWN_THEN).lastProgressOn())
                .isEqualTo(day("2026-03-01"));
        assertThat(row(projection, "2026-06-30", Knowledge.AS_KNOWN_NOW).company())
                .as("the company's name now").isEqualTo("首尔康护");
    }

    @Test
    void theLightOfAPastDayAndEveryChangeOfItAsKnownNowAndThen() {
        SupervisionProjection projection = SupervisionFixture.projected(projection(STORE.database("lights")));
        SupervisionQueries queries = SupervisionFixture.queries(projection);

        KeyProjectDossier now = queries.handle(new FindKeyProjectQuery(2026, "lead-1", null, Knowledge.AS_KNOWN_NOW),
                                               as("staff", Role.STAFF));
        KeyProjectDossier then = queries.handle(new FindKeyProjectQuery(2026, "lead-1", null,
                                                                        Knowledge.AS_KNOWN_THEN),
                                                as("staff", Role.STAFF));

        assertThat(now.lights()).extracting(KeyProjectDossier.LightChange::from, KeyProjectDossier.LightChange::light)
                                .as("70, then 90 days without progress; the registration of 10 Feb; pr-1 due "
                                    + "15 March: yellow card, then red after 15 days")
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(day("2026-01-10"), Light.YELLOW),
                                                 org.assertj.core.groups.Tuple.tuple(day("2026-01-30"), Light.RED),
                                                 org.assertj.core.groups.Tuple.tuple(day("2026-02-10"), Light.GREEN),
                                                 org.assertj.core.groups.Tuple.tuple(day("2026-03-16"), Light.YELLOW),
                                                 org.assertj.core.groups.Tuple.tuple(day("2026-03-30"), Light.RED));
        assertThat(then.lights()).extracting(KeyProjectDossier.LightChange::from,
                                             KeyProjectDossier.LightChange::light)
                                 .as("the registration was known when verified, on 15 Feb")
                                 .contains(org.assertj.core.groups.Tuple.tuple(day("2026-02-15"), Light.GREEN));
        assertThat(row(projection, "2026-02-12", Knowledge.AS_KNOWN_NOW, "lead-1").light()).isEqualTo(Light.GREEN);
        assertThat(row(projection, "2026-02-12", Knowledge.AS_KNOWN_THEN, "lead-1").light())
                .as("103 days without progress as known that day").isEqualTo(Light.RED);
        assertThat(now.progress()).extracting(KeyProjectDossier.ProgressMark::on)
                                  .containsExactly(day("2026-06-01"), day("2026-02-10"), day("2025-11-01"));
        assertThat(now.designations()).hasSize(1);
        assertThat(now.instructions()).singleElement()
                                      .satisfies(instruction -> assertThat(instruction.problemId()).isEqualTo("pr-1"));
    }

    @Test
    void aStoppedKeyProjectLeavesTheListFromItsDayAndKeepsItsDossier() {
        SupervisionProjection projection = SupervisionFixture.projected(projection(STORE.database("stopped")));

        assertThat(list(projection, day("2026-03-31"), null).rows()).extracting(KeyProjectRow::leadId)
                                                                  .contains("lead-3");
        assertThat(list(projection, day("2026-04-01"), null).rows()).extracting(KeyProjectRow::leadId)
                                                                  .doesNotContain("lead-3");
        KeyProjectDossier dossier = SupervisionFixture.queries(projection).handle(
                new FindKeyProjectQuery(2026, "lead-3", null, null), as("manager", Role.MANAGER));
        assertThat(dossier.stoppedReason()).isEqualTo("merged into lead-1");
        assertThat(dossier.designations()).extracting(KeyProjectDossier.DesignationEntry::stoppedReason)
                                          .containsExactly(null, "merged into lead-1");
    }

    @Test
    void withSeveralNodesEachTakesInWhatTheOthersStored() {
        MongoDatabase database = STORE.database("supervision-nodes");
        SupervisionProjection a = projection(database);
        SupervisionProjection b = projection(database);
        a.keyProjects();
        b.keyProjects(); // both loaded (empty) before any work: what follows reaches them only by following
        Instant started = Instant.now();
        // A processes lead-1 and lead-3, every key project, the signed project and pr-1 until B takes it over;
        // B lead-2 and lead-4, and pr-2
        for (Delivery delivery : SupervisionFixture.events()) {
            String aggregate = aggregate(delivery.event());
            boolean onA = List.of("lead-1", "lead-3", "p-1").contains(aggregate) || aggregate.startsWith("2026:")
                          || aggregate.equals("pr-1") && delivery.version() == 0;
            delivery.to(onA ? a : b);
        }
        assertThat(b.problemsOf("lead-1")).as("B took up pr-1 from A's document, not from its middle")
                                          .singleElement().satisfies(pr1 -> assertThat(pr1.steps()).hasSize(2));
        for (SupervisionProjection node : List.of(a, b)) {
            node.reloadStoredSince(started);
            node.leadsStoredSince(started).keySet().forEach(node::reloadLead);
        }

        SupervisionProjection one = SupervisionFixture.projected(projection(STORE.database("supervision-one")));
        assertThat(list(a, null, null)).as("node A").isEqualTo(list(one, null, null));
        assertThat(list(b, null, null)).as("node B").isEqualTo(list(one, null, null));
    }

    private static String aggregate(Object event) {
        if (event instanceof org.zhaoshang.crm.lead.api.LeadEvent lead) {
            return lead.leadId();
        }
        if (event instanceof org.zhaoshang.crm.keyproject.api.KeyProjectEvent keyProject) {
            return keyProject.keyProjectId();
        }
        if (event instanceof org.zhaoshang.crm.problem.api.ProblemEvent problem) {
            return problem.problemId();
        }
        return ((org.zhaoshang.crm.project.api.ProgressVerifiedEvent) event).projectId();
    }

    private static KeyProjectRow row(SupervisionProjection projection, String day, Knowledge knowledge) {
        return row(projection, day, knowledge, "lead-2");
    }

    private static KeyProjectRow row(SupervisionProjection projection, String day, Knowledge knowledge,
                                     String leadId) {
        return list(projection, day(day), knowledge).rows().stream().filter(row -> row.leadId().equals(leadId))
                                                    .findFirst().orElseThrow();
    }
}
