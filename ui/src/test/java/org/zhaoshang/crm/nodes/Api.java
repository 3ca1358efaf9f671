package org.zhaoshang.crm.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.zhaoshang.crm.AppProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The REST API of one node, as the demo users (password demo) call it. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AppProcess node;

    Api(AppProcess node) {
        this.node = node;
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
        return http.send(request(user, path).header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String user, String path) throws IOException, InterruptedException {
        return parse(get(user, path).body());
    }

    /** The read models' processor as the node's health tells an administrator. */
    JsonNode readModels() throws IOException, InterruptedException {
        return json("admin", "/actuator/health").path("components").path("projections").path("details")
                                                 .path("read-models");
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(TIMEOUT)
                          .header("Authorization", AppProcess.basic(user, "demo"));
    }
}
