package org.zhaoshang.crm.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.StoreProcess;
import org.zhaoshang.crm.backup.ReadModelChecksum;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes share one store (the embedded server run as a process of its own). They split the read
 * models' segments between them; managers log activities on the same few leads through both; one node is killed with
 * SIGKILL mid-load and the other takes over its segment. Afterwards every acknowledged command is in the event log
 * once, the surviving node shows every lead as the log has it, and the read models equal a full rebuild. Each node's
 * performance figures count every signed project, whichever node processed it.
 */
class SeveralNodesIT {

    /** Short claim times, so that the test sees a takeover in seconds; production keeps the defaults (10 s). */
    static final List<String> QUICK_CLAIMS = List.of("--zhaoshang.projection.claim-timeout=6s",
                                                     "--zhaoshang.projection.claim-interval=1s",
                                                     "--zhaoshang.projection.node-heartbeat=1s");

    @TempDir
    Path storeDir;

    @Test
    void twoNodesShareTheWorkAndTheSurvivorTakesOverFromAKilledOne() throws Exception {
        DemoStoreFiles.make(storeDir);
        try (StoreProcess store = StoreProcess.start(storeDir, "nodes-store");
             MongoClient client = MongoClients.create(store.uri());
             AppProcess first = AppProcess.startOn(store, "node-a", QUICK_CLAIMS);
             AppProcess second = AppProcess.startOn(store, "node-b", QUICK_CLAIMS)) {
            MongoDatabase database = client.getDatabase("zhaoshang");
            Api a = new Api(first);
            Api b = new Api(second);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                assertThat(a.readModels().path("segmentsHeld").asInt()).isEqualTo(1);
                assertThat(b.readModels().path("segmentsHeld").asInt()).isEqualTo(1);
            });

            // further agreements on the demo's signed leads through both nodes: their projects fall to either node
            List<String> signed = new ArrayList<>();
            a.json("manager", "/api/leads?size=100").path("leads").forEach(lead -> {
                if (lead.path("stage").asText().equals("SIGNED")) {
                    signed.add(lead.path("leadId").asText());
                }
            });
            assertThat(signed).isNotEmpty();
            for (int i = 0; i < 8; i++) {
                var added = (i % 2 == 0 ? a : b).post("manager", "/api/leads/" + signed.get(i % signed.size())
                                                                 + "/projects",
                        "{\"agreementSignedOn\":\"" + LocalDate.now() + "\",\"agreementReference\":\"增资-" + i
                        + "\",\"basis\":\"CAPITAL_INCREASE\",\"commitments\":{\"kind\":\"OFFICE\","
                        + "\"registeredCapital\":{\"amountWan\":2000},\"totalInvestment\":{\"amountWan\":2000}}}");
                assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                long standing = StoreContents.standingProjects(database);
                assertThat(standing).isPositive();
                for (Api node : List.of(a, b)) {
                    assertThat(node.json("manager", "/api/performance").path("rows").path(0).path("projects")
                                   .asLong()).as("signed projects counted on each node").isEqualTo(standing);
                }
                assertThat(b.json("manager", "/api/performance?dimension=MARKET"))
                        .isEqualTo(a.json("manager", "/api/performance?dimension=MARKET"));
            });

            List<String> leads = new ArrayList<>();
            a.json("manager", "/api/leads?size=8").path("leads").forEach(lead -> leads.add(lead.path("leadId").asText()));
            assertThat(leads).hasSize(8);
            long failoverMillis;
            ActivityLoad load = new ActivityLoad(leads);
            try (load) {
                load.on(a, "a", 3);
                load.on(b, "b", 3);
                await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged().size() >= 200);
                long killedAt = System.nanoTime();
                second.killHard();
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                       .until(() -> a.readModels().path("segmentsHeld").asInt() == 2);
                failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
                int before = load.acknowledged().size();
                await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged().size() >= before + 100);
            }
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                   .until(() -> a.readModels().path("lagEvents").asLong() == 0);
            System.out.printf("[SeveralNodesIT] %d activities acknowledged (%s by status; %d without an answer from "
                              + "the killed node); node B killed, node A held both segments %d ms later%n",
                              load.acknowledged().size(), load.answers(), load.unanswered(), failoverMillis);

            Map<String, Integer> logged = StoreContents.activitySummaries(database);
            assertThat(load.acknowledged()).allSatisfy(summary -> assertThat(logged.get(summary))
                    .as("times activity %s is in the event log", summary).isEqualTo(1));
            assertThat(load.answered(500)).as("internal errors").isZero();

            Map<String, Long> versions = StoreContents.leadVersions(database);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode listed = a.json("manager", "/api/leads?size=100");
                assertThat(listed.path("total").asLong()).isEqualTo(versions.size());
                listed.path("leads").forEach(lead -> assertThat(lead.path("version").asLong())
                        .as("version of lead %s on node A", lead.path("leadId").asText())
                        .isEqualTo(versions.get(lead.path("leadId").asText())));
            });

            ReadModelChecksum before = ReadModelChecksum.of(database);
            await().atMost(Duration.ofSeconds(60)).until(() -> a.post("admin", "/api/admin/projections/read-models/rebuild",
                                                                       "").statusCode() == 202);
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> {
                JsonNode readModels = a.readModels();
                return !readModels.path("rebuilding").asBoolean() && readModels.path("lagEvents").asLong() == 0;
            });
            assertThat(ReadModelChecksum.of(database)).as("read models after a full rebuild").isEqualTo(before);
        }
    }
}
