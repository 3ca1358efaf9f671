package org.zhaoshang.crm.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.StoreProcess;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store process is killed (SIGKILL) under load and started again. While it is down the application stays up,
 * answers commands at once with a 503 problem, still serves the lead list from memory and reports itself DOWN;
 * afterwards it resumes by itself, the read models catch up, and every acknowledged command is in the log once.
 */
class StoreOutageIT {

    @TempDir
    Path storeDir;

    @Test
    void theApplicationRidesOutAStoreOutageAndResumesByItself() throws Exception {
        DemoStoreFiles.make(storeDir);
        StoreProcess store = StoreProcess.start(storeDir, "outage-store");
        try (AppProcess node = AppProcess.startOn(store, "outage-node", List.of())) {
            Api api = new Api(node);
            List<String> leads = new ArrayList<>();
            api.json("manager", "/api/leads?size=6").path("leads").forEach(lead -> leads.add(lead.path("leadId").asText()));
            ActivityLoad load = new ActivityLoad(leads);
            long outageMillis;
            long commandBackMillis;
            long caughtUpMillis;
            long refusedInMillis;
            long up;
            try (load) {
                load.on(api, "outage", 3);
                await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged().size() >= 60);
                assertThat(api.readModels().path("running").asBoolean()).as("the administrator signed in").isTrue();
                store.killHard();
                long down = System.nanoTime();

                await().atMost(Duration.ofSeconds(30)).until(() -> api.get("admin", "/actuator/health")
                                                                        .statusCode() == 503);
                HttpResponse<String> health = api.get("admin", "/actuator/health");
                assertThat(Api.parse(health.body()).path("components").path("store").path("status").asText())
                        .isEqualTo("DOWN");
                assertThat(api.get("manager", "/api/leads?size=6").statusCode())
                        .as("the lead list, served from memory").isEqualTo(200);

                long asked = System.nanoTime();
                HttpResponse<String> refused = ActivityLoad.logCall(api, leads.get(0), "while the store is down");
                refusedInMillis = (System.nanoTime() - asked) / 1_000_000;
                assertThat(refused.statusCode()).isEqualTo(503);
                JsonNode problem = Api.parse(refused.body());
                assertThat(problem.path("title").asText()).isEqualTo("Store unavailable");
                assertThat(problem.path("outage").asText()).isEqualTo("not-sent");
                assertThat(refused.headers().firstValue("Retry-After")).contains("5");
                assertThat(refused.body()).doesNotContain("Exception", "at org.");
                assertThat(node.isAlive()).isTrue();
                await().atMost(Duration.ofSeconds(60)).until(() -> load.answered(503) >= 30);

                outageMillis = (System.nanoTime() - down) / 1_000_000;
                store = StoreProcess.start(storeDir, "outage-store");
                up = System.nanoTime();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                       .until(() -> ActivityLoad.logCall(api, leads.get(1), "after the outage " + System.nanoTime())
                                            .statusCode() == 201);
                commandBackMillis = (System.nanoTime() - up) / 1_000_000;
            }
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> {
                HttpResponse<String> healthy = api.get("admin", "/actuator/health");
                return healthy.statusCode() == 200
                       && Api.parse(healthy.body()).path("components").path("projections").path("details")
                             .path("read-models").path("lagEvents").asLong() == 0;
            });
            caughtUpMillis = (System.nanoTime() - up) / 1_000_000;
            System.out.printf("[StoreOutageIT] store down for %d ms under load; a command during the outage was "
                              + "refused (503) in %d ms; after the restart commands succeeded again in %d ms and, "
                              + "the load stopped, the read models had caught up (health UP, no lag) in %d ms; "
                              + "answers %s, %d unanswered%n",
                              outageMillis, refusedInMillis, commandBackMillis, caughtUpMillis, load.answers(),
                              load.unanswered());

            try (MongoClient client = MongoClients.create(store.uri())) {
                Map<String, Integer> logged = StoreContents.activitySummaries(client.getDatabase("zhaoshang"));
                assertThat(load.acknowledged()).allSatisfy(summary -> assertThat(logged.get(summary))
                        .as("times activity %s is in the event log", summary).isEqualTo(1));
                Map<String, Long> versions = StoreContents.leadVersions(client.getDatabase("zhaoshang"));
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.json("manager", "/api/leads?size=100")
                        .path("leads").forEach(lead -> assertThat(lead.path("version").asLong())
                                .as("version of lead %s", lead.path("leadId").asText())
                                .isEqualTo(versions.get(lead.path("leadId").asText()))));
            }
            assertThat(load.answered(500)).as("internal errors").isZero();
        } finally {
            store.close();
        }
    }
}
