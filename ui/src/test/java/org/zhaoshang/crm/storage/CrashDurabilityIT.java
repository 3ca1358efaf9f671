package org.zhaoshang.crm.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An acknowledged command survives a crash: the application (embedded store) is killed with SIGKILL right after a
 * 2xx, started again on the same data directory, and every acknowledged lead is in the event store and the list.
 */
class CrashDurabilityIT {

    private static final String STAFF = "crash-staff";
    private static final String STAFF_PASSWORD = "Durable-pass-7";
    private static final Pattern LEAD_ID = Pattern.compile("\"leadId\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedLeadSurvivesKillMinusNine() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        AppProcess first = AppProcess.start(dataDir, "crash-before");
        try {
            HttpResponse<String> staff = http.send(HttpRequest.newBuilder(first.uri("/api/admin/users"))
                    .header("Authorization", AppProcess.basic(AppProcess.ADMIN, AppProcess.ADMIN_PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + STAFF + "\",\"displayName\":"
                            + "\"Crash Test\",\"password\":\"" + STAFF_PASSWORD + "\",\"roles\":[\"STAFF\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(staff.statusCode()).as(staff.body()).isEqualTo(201);
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> response = createLead(first, "Crash Test Bank " + i);
                assertThat(response.statusCode()).isEqualTo(201);
                acknowledged.add(leadId(response.body()));
            }
        } finally {
            first.killHard();
        }
        System.out.printf("[CrashDurabilityIT] %d leads acknowledged, then SIGKILL right after the last 2xx%n",
                          acknowledged.size());

        try (AppProcess second = AppProcess.start(dataDir, "crash-after");
             MongoClient store = MongoClients.create(AppProcess.storeUri(dataDir))) {
            List<String> keys = acknowledged.stream().map(id -> id + "/0").toList();
            long stored = store.getDatabase("zhaoshang").getCollection("events")
                               .countDocuments(in("aggregateKey", keys));
            assertThat(stored).as("acknowledged LeadCreatedEvents in the store after the crash")
                              .isEqualTo(acknowledged.size());

            await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String listed = http.send(HttpRequest.newBuilder(second.uri("/api/leads?size=200"))
                                                     .header("Authorization", AppProcess.basic(STAFF, STAFF_PASSWORD))
                                                     .build(),
                                          HttpResponse.BodyHandlers.ofString()).body();
                assertThat(leadIds(listed)).containsAll(acknowledged);
            });
            assertThat(store.getDatabase("zhaoshang").getCollection("events").countDocuments(new Document()))
                    .as("no event stored twice").isEqualTo(acknowledged.size());
        }
    }

    private HttpResponse<String> createLead(AppProcess app, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/leads"))
                                         .header("Content-Type", "application/json")
                                         .header("Authorization", AppProcess.basic(STAFF, STAFF_PASSWORD))
                                         .POST(HttpRequest.BodyPublishers.ofString(
                                                 "{\"companyNameEn\":\"" + name + "\",\"market\":\"LONDON\"}"))
                                         .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String leadId(String body) {
        Matcher matcher = LEAD_ID.matcher(body);
        assertThat(matcher.find()).as("leadId in %s", body).isTrue();
        return matcher.group(1);
    }

    private static List<String> leadIds(String body) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = LEAD_ID.matcher(body);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
