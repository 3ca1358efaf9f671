package org.zhaoshang.crm.security.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application (API and UI chains, Vaadin, Tomcat) answered over HTTP: unknown API paths, requests Tomcat
 * refuses, the API documents, the security headers and the sign-in form's CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"zhaoshang.data-dir=target/test-data/${random.uuid}", "zhaoshang.demo-leads=20"})
class WebHardeningTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    @LocalServerPort
    private int port;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                                                 .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void unknownApiAndActuatorPathsAreProblemsNotTheUiPage() throws Exception {
        assertProblem(send(basic("GET", "/api/no-such-thing", "manager")), 404);
        assertProblem(send(basic("GET", "/api/leads/some-id/no-such-thing", "manager")), 404);
        assertProblem(send(basic("GET", "/actuator/no-such-thing", "admin")), 404);
        assertThat(send(basic("DELETE", "/api/leads", "manager")).statusCode()).isEqualTo(405);
        assertThat(send(basic("GET", "/api/leads", "manager")).statusCode()).isEqualTo(200);
    }

    @Test
    void requestsTomcatRefusesAreProblemsWithoutServerInformation() throws Exception {
        HttpResponse<String> longQuery = send(basic("GET", "/api/leads?q=" + "x".repeat(100_000), "manager"));
        HttpResponse<String> encodedSlash = send(basic("GET", "/api/leads/a%2fb", "manager"));
        HttpResponse<String> encodedSlashInUi = send(HttpRequest.newBuilder(uri("/leads/a%2fb")).build());

        for (HttpResponse<String> refused : java.util.List.of(longQuery, encodedSlash, encodedSlashInUi)) {
            assertThat(refused.statusCode()).isBetween(400, 499);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
        }
    }

    @Test
    void apiDocumentsServeBasicCallersAndSignedInSessionsButNobodyElse() throws Exception {
        assertThat(send(basic("GET", "/v3/api-docs", "staff")).statusCode()).isEqualTo(200);
        assertThat(send(basic("GET", "/v3/api-docs", "ambassador")).statusCode()).isEqualTo(200);
        assertThat(send(basic("GET", "/swagger-ui/index.html", "manager")).statusCode()).isEqualTo(200);
        assertProblem(send(HttpRequest.newBuilder(uri("/v3/api-docs")).build()), 401);

        signInThroughTheForm("staff");
        assertThat(send(HttpRequest.newBuilder(uri("/v3/api-docs")).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndTheSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).build());
        HttpResponse<String> api = send(basic("GET", "/api/me", "staff"));

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
        for (HttpResponse<String> response : java.util.List.of(page, api)) {
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()").contains("microphone=()")
                                                .contains("geolocation=()"));
        }
    }

    @Test
    void aSignInWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        send(HttpRequest.newBuilder(uri("/login")).build());

        HttpResponse<String> withoutToken = send(form("username=staff&password=demo"));
        HttpResponse<String> withWrongToken = send(form("username=staff&password=demo&_csrf=forged"));

        assertThat(withoutToken.statusCode()).isEqualTo(302);
        assertThat(withoutToken.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(withWrongToken.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertProblem(send(HttpRequest.newBuilder(uri("/v3/api-docs")).build()), 401);
    }

    /** As the browser does: the page's token goes with the form. */
    private void signInThroughTheForm(String username) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).build());
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries the CSRF token").isTrue();
        HttpResponse<String> signedIn = send(form("username=" + username + "&password=demo&_csrf="
                                                  + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpRequest form(String body) {
        return HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest basic(String method, String path, String user) {
        return HttpRequest.newBuilder(uri(path))
                          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                  (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                          .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
