package org.zhaoshang.crm.shared.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 7: the served OpenAPI document is valid and complete enough for a generated client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final Path SERVED = Path.of("target", "openapi.json");
    /** Keys sorted and indented, so that the committed document reads and diffs well. */
    private static final ObjectMapper JSON = JsonMapper.builder()
                                                       .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                                                       .enable(SerializationFeature.INDENT_OUTPUT)
                                                       .build();

    @Autowired
    private TestRestTemplate http;
    private String served;
    private SwaggerParseResult parsed;
    private OpenAPI document;

    @BeforeAll
    void fetchTheDocument() {
        ResponseEntity<String> answer = http.withBasicAuth("manager", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        served = answer.getBody();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIParser().readContents(served, null, options);
        document = parsed.getOpenAPI();
    }

    @Test
    void theDocumentIsValid() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(document.getOpenapi()).startsWith("3.1");
        assertThat(document).isNotNull();
    }

    /**
     * The document in the repository is the one the application serves, so that linting it (docs/api.md) and the
     * client generated from it (the ui module) describe the application as it is.
     */
    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        JsonNode live = JSON.readTree(served);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writeValueAsString(live) + "\n");
        JsonNode committed = Files.exists(COMMITTED) ? JSON.readTree(COMMITTED.toFile()) : null;
        assertThat(live.equals(committed))
                .as("docs/openapi.json is not the document the application serves. The served one was written to "
                    + "backend/target/openapi.json: look at the difference (diff docs/openapi.json "
                    + "backend/target/openapi.json) and, if it is what you meant, copy it over docs/openapi.json")
                .isTrue();
    }

    @Test
    void itNamesTheApiItsVersionAndLicenceAndDeclaresHttpBasic() {
        assertThat(document.getInfo().getTitle()).isNotBlank();
        assertThat(document.getInfo().getVersion()).isNotBlank();
        assertThat(document.getInfo().getDescription()).isNotBlank();
        assertThat(document.getInfo().getLicense().getName()).isEqualTo("Proprietary");
        SecurityScheme basic = document.getComponents().getSecuritySchemes().get(OpenApiConfiguration.BASIC);
        assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(basic.getScheme()).isEqualTo("basic");
        assertThat(document.getSecurity()).anySatisfy(requirement -> assertThat(requirement)
                .containsKey(OpenApiConfiguration.BASIC));
        assertThat(document.getServers()).as("a server that holds wherever the application runs")
                                         .extracting(Server::getUrl).containsExactly("/");
    }

    @Test
    void everyOperationHasASummaryAUniqueIdCredentialsAndItsProblemAnswers() {
        List<String> incomplete = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                incomplete.add(where + ": no summary");
            }
            if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                incomplete.add(where + ": no operationId of its own");
            }
            if (operation.getSecurity() == null) {
                incomplete.add(where + ": no security");
            }
            if (!answersProblems(operation)) {
                incomplete.add(where + ": no 4xx answer, or one that is not a problem");
            }
        }));
        assertThat(incomplete).isEmpty();
        assertThat(ids).contains("createLead", "moveLeadToStage", "logLeadActivity", "getLeadHistory");
    }

    /** A client learns from the document what each operation answers, not a list every operation shares. */
    @Test
    void eachOperationNamesItsOwnAnswers() {
        Operation create = operation("POST", "/api/leads");
        assertThat(create.getResponses()).containsKeys("201", "400", "401", "403", "409", "422", "429", "503")
                                         .doesNotContainKeys("200", "404");
        assertThat(create.getResponses().get("201").getHeaders()).containsKey("ETag");
        assertThat(create.getResponses().get("422").getDescription()).contains("Idempotency-Key");

        Operation move = operation("POST", "/api/leads/{leadId}/stage");
        assertThat(move.getResponses()).containsKeys("204", "400", "401", "403", "404", "409", "422")
                                       .doesNotContainKey("200");
        assertThat(move.getResponses().get("204").getContent()).isNull();
        assertThat(move.getResponses().get("204").getHeaders()).containsKey("ETag");
        assertThat(move.getResponses().get("422").getDescription()).contains("errors");

        assertThat(operation("POST", "/api/leads/{leadId}/activities").getResponses()).containsKey("201");
        assertThat(operation("GET", "/api/leads/{leadId}/history").getResponses())
                .containsKeys("200", "404").doesNotContainKeys("409", "422");
        assertThat(operation("GET", "/api/me").getResponses()).doesNotContainKeys("400", "404", "409");
        assertThat(operation("POST", "/api/setup").getResponses()).containsKeys("201", "403")
                                                                  .doesNotContainKeys("401", "429");
        assertThat(operation("POST", "/api/admin/projections/{projection}/rebuild").getResponses())
                .containsKey("202");
    }

    @Test
    void onlyTheFirstAdministratorsSetupIsOpen() {
        List<String> open = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
                open.add(method + " " + path);
            }
        }));
        assertThat(open).containsExactly("POST /api/setup");
    }

    @Test
    void aProblemNamesEachBrokenRule() {
        Schema<?> problem = document.getComponents().getSchemas().get(OpenApiConfiguration.PROBLEM);
        Schema<?> errors = (Schema<?>) problem.getProperties().get("errors");
        assertThat(errors.getItems().get$ref()).endsWith("/FieldViolation");
        assertThat(document.getComponents().getSchemas().get("FieldViolation").getProperties())
                .containsKeys("field", "rule", "message");
    }

    @Test
    void creatingAndMovingALeadShowAnExampleBody() {
        for (Operation operation : List.of(document.getPaths().get("/api/leads").getPost(),
                                           document.getPaths().get("/api/leads/{leadId}/stage").getPost())) {
            MediaType body = operation.getRequestBody().getContent().get("application/json");
            assertThat(body.getExample() != null || body.getExamples() != null && !body.getExamples().isEmpty())
                    .as(operation.getOperationId() + " shows an example body").isTrue();
        }
    }

    /** Each answer as the document gives it, a reference to components/responses followed. */
    private ApiResponse answer(Operation operation, String status) {
        ApiResponse answer = operation.getResponses().get(status);
        if (answer == null || answer.get$ref() == null) {
            return answer;
        }
        return document.getComponents().getResponses().get(answer.get$ref().replace("#/components/responses/", ""));
    }

    private boolean answersProblems(Operation operation) {
        return operation.getResponses().keySet().stream().anyMatch(status -> status.startsWith("4"))
               && operation.getResponses().keySet().stream()
                           .filter(status -> status.startsWith("4") || status.startsWith("5"))
                           .allMatch(status -> isProblem(answer(operation, status)));
    }

    private static boolean isProblem(ApiResponse answer) {
        MediaType problem = answer == null || answer.getContent() == null ? null
                            : answer.getContent().get("application/problem+json");
        return problem != null && problem.getSchema() != null
               && String.valueOf(problem.getSchema().get$ref()).endsWith("/" + OpenApiConfiguration.PROBLEM);
    }

    private Operation operation(String method, String path) {
        return document.getPaths().get(path).readOperationsMap()
                       .get(PathItem.HttpMethod.valueOf(method));
    }
}
