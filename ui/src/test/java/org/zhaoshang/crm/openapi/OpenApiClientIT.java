package org.zhaoshang.crm.openapi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.openapi.client.ApiClient;
import org.zhaoshang.crm.openapi.client.ApiException;
import org.zhaoshang.crm.openapi.client.ApiResponse;
import org.zhaoshang.crm.openapi.client.api.LeadControllerApi;
import org.zhaoshang.crm.openapi.client.model.ActivityRequest;
import org.zhaoshang.crm.openapi.client.model.CreateLeadRequest;
import org.zhaoshang.crm.openapi.client.model.FieldViolation;
import org.zhaoshang.crm.openapi.client.model.LeadCreatedResponse;
import org.zhaoshang.crm.openapi.client.model.LeadHistory;
import org.zhaoshang.crm.openapi.client.model.LeadHistoryEntry;
import org.zhaoshang.crm.openapi.client.model.LeadPartCreatedResponse;
import org.zhaoshang.crm.openapi.client.model.MoveLeadRequest;
import org.zhaoshang.crm.openapi.client.model.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 16 item 7: a client generated from the committed OpenAPI document (docs/openapi.json, by the ui module's
 * openapi-generator execution) works against the packaged application: it signs in with HTTP Basic, creates a lead,
 * logs a visit, moves the lead with the version it was answered (If-Match), reads its history, and meets a 422 and a
 * 409 as RFC 7807 problems of the documented shape.
 */
class OpenApiClientIT {

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static ApiClient client;
    private static LeadControllerApi leads;

    @BeforeAll
    static void start() throws Exception {
        app = AppProcess.startDemo(dataDir, "openapi-client");
        client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + app.port());
        // the native library leaves credentials to the caller: the document's basicAuth, as the header it names
        client.setRequestInterceptor(request -> request.header("Authorization", AppProcess.basic("staff", "demo")));
        leads = new LeadControllerApi(client);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aGeneratedClientTakesALeadThroughItsLife() throws Exception {
        String company = "Generated Client Bank " + UUID.randomUUID().toString().substring(0, 6);
        LeadCreatedResponse created = leads.createLead(new CreateLeadRequest()
                .companyNameEn(company)
                .market(CreateLeadRequest.MarketEnum.LONDON)
                .channel(CreateLeadRequest.ChannelEnum.DIRECT_APPROACH), null);
        String leadId = created.getLeadId();
        assertThat(leadId).isNotBlank();

        Problem gate = problem(() -> leads.moveLeadToStage(leadId, new MoveLeadRequest()
                .to(MoveLeadRequest.ToEnum.SITE_VISIT), etag(created.getVersion())), 422);
        assertThat(gate.getTitle()).contains("SITE_VISIT");
        assertThat(gate.getErrors()).extracting(FieldViolation::getField).containsExactly("activities");

        LeadPartCreatedResponse visit = leads.logLeadActivity(leadId, new ActivityRequest()
                .type(ActivityRequest.TypeEnum.VISIT_BY_US)
                .occurredOn(LocalDate.now().minusDays(1))
                .summary("Visited their London office")
                .participants(List.of("Ms Green")), etag(created.getVersion()));
        assertThat(visit.getVersion()).isGreaterThan(created.getVersion());

        ApiResponse<Void> moved = leads.moveLeadToStageWithHttpInfo(leadId, new MoveLeadRequest()
                .to(MoveLeadRequest.ToEnum.SITE_VISIT).comment("visit made"), etag(visit.getVersion()));
        assertThat(moved.getStatusCode()).isEqualTo(204);
        assertThat(moved.getHeaders().get("ETag")).hasSize(1);
        long movedVersion = Long.parseLong(moved.getHeaders().get("ETag").get(0).replace("\"", ""));
        assertThat(movedVersion).isGreaterThan(visit.getVersion());

        Problem stale = problem(() -> leads.moveLeadToStage(leadId, new MoveLeadRequest()
                .to(MoveLeadRequest.ToEnum.NEGOTIATION), etag(visit.getVersion())), 409);
        assertThat(stale.getCurrentVersion()).isEqualTo(movedVersion);

        LeadHistory history = leads.getLeadHistory(leadId, true);
        assertThat(history.getEvents()).extracting(LeadHistoryEntry::getType)
                                       .containsSubsequence("LeadCreated", "ActivityLogged", "LeadMovedToStage");
        assertThat(history.getEvents()).last().satisfies(entry -> {
            assertThat(entry.getType()).isEqualTo("LeadMovedToStage");
            assertThat(entry.getVersion()).isEqualTo(movedVersion);
            assertThat(entry.getActor()).contains("staff");
        });
    }

    @Test
    void withoutCredentialsTheAnswerIsAProblem() {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri("http://127.0.0.1:" + app.port());
        Problem refused = problem(() -> new LeadControllerApi(anonymous).getLeadHistory("any", false), 401);
        assertThat(refused.getStatus()).isEqualTo(401);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The answer the call was refused with, read as the document's Problem. */
    private static Problem problem(Call call, int status) {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("refused with " + status).isNotNull();
        assertThat(refused.getCode()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try {
            Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(status);
            assertThat(problem.getDetail()).isNotBlank();
            return problem;
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("not a problem: " + refused.getResponseBody(), unreadable);
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }
}
