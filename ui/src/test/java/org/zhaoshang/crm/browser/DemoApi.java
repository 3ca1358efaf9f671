package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.zhaoshang.crm.AppProcess;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API of a demo app as its users (password "demo") call it, for the browser tests to set the scene. */
final class DemoApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppProcess app;

    DemoApi(AppProcess app) {
        this.app = app;
    }

    /** The answer's body; fails unless the call succeeded. */
    String call(String user, String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(user, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " as " + user + ": " + response.body())
                                         .isBetween(200, 299);
        return response.body();
    }

    /** A GET's answer as JSON; fails unless the call succeeded. */
    JsonNode get(String user, String path) throws Exception {
        return json(call(user, "GET", path, null));
    }

    HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                                                 .header("Authorization", AppProcess.basic(user, "demo"))
                                                 .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}
