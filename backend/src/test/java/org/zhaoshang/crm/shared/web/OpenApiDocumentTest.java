package org.zhaoshang.crm.shared.web;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 7: the served OpenAPI document is valid and complete enough for a generated client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    @Autowired
    private TestRestTemplate http;
    private SwaggerParseResult parsed;
    private OpenAPI document;

    @BeforeAll
    void fetchTheDocument() {
        ResponseEntity<String> served = http.withBasicAuth("manager", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIParser().readContents(served.getBody(), null, options);
        document = parsed.getOpenAPI();
    }

    @Test
    void theDocumentIsValid() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(document.getOpenapi()).startsWith("3.1");
        assertThat(document).isNotNull();
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
                incomplete.add(where + ": no 4xx problem answer");
            }
        }));
        assertThat(incomplete).isEmpty();
        assertThat(ids).contains("createLead", "moveLeadToStage", "logLeadActivity", "getLeadHistory");
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

    private static boolean answersProblems(Operation operation) {
        for (Map.Entry<String, ApiResponse> answer : operation.getResponses().entrySet()) {
            if (answer.getKey().startsWith("4") && answer.getValue().getContent() != null) {
                MediaType problem = answer.getValue().getContent().get("application/problem+json");
                if (problem != null && problem.getSchema() != null
                    && String.valueOf(problem.getSchema().get$ref()).endsWith("/" + OpenApiConfiguration.PROBLEM)) {
                    return true;
                }
            }
        }
        return false;
    }
}
