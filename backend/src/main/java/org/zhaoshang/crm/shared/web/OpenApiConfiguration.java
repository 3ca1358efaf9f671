package org.zhaoshang.crm.shared.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * The OpenAPI document at /v3/api-docs, complete enough for a generated client: HTTP Basic on every operation (but
 * the few marked open with an empty {@link SecurityRequirements}), the success each operation answers, and the RFC
 * 7807 problems of {@link ApiProblems} each operation may answer. The document is committed as docs/openapi.json.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** A problem answer, described once under components/responses and referred to by the operations that give it. */
    private enum ProblemAnswer {
        BAD_REQUEST("400", "BadRequest", "Invalid input: `errors` names each field and broken rule; nothing was changed"),
        UNAUTHORIZED("401", "Unauthorized", "No or wrong credentials"),
        FORBIDDEN("403", "Forbidden", "The caller's role may not do this, or not to this record"),
        NOT_FOUND("404", "NotFound", "No record with this id (a lead the caller may not see answers alike)"),
        CONFLICT("409", "Conflict", "The record was changed since it was read (`currentVersion` tells its version "
                                    + "now) or at the same moment: reload it and try again"),
        SIGN_IN_LOCKED("429", "SignInLocked", "Sign-in is locked for a while after too many failures"),
        STORE_UNAVAILABLE("503", "StoreUnavailable", "The data store cannot be reached; try again after Retry-After");

        final String status;
        final String component;
        final String description;

        ProblemAnswer(String status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }

        ApiResponse reference() {
            return new ApiResponse().$ref("#/components/responses/" + component);
        }
    }

    @Bean
    OpenAPI crmOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSchemas(PROBLEM, problemSchema())
                .addSchemas("FieldViolation", fieldViolationSchema());
        for (ProblemAnswer answer : ProblemAnswer.values()) {
            components.addResponses(answer.component, problemAnswer(answer.description));
        }
        return new OpenAPI()
                .info(new Info()
                              .title("Zhaoshang CRM API")
                              .version(properties == null ? "development" : properties.getVersion())
                              .description("Leads of an investment-promotion bureau (招商引资) from first contact "
                                           + "to signed agreement, as an event-sourced record. Every error is an "
                                           + "RFC 7807 problem; changes to a lead answer its new version in the "
                                           + "ETag and take the expected one in If-Match.")
                              .license(new License().name("Proprietary")
                                                      // SPDX names a licence it does not list LicenseRef-…
                                                      .identifier("LicenseRef-Proprietary")))
                // relative, so the document holds for wherever the application runs (and is the same in the
                // repository as served: OpenApiDocumentTest); a generated client is given its base address
                .servers(List.of(new Server().url("/").description("The application serving this document")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 7807 problem details")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("market: is required"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema().$ref("#/components/schemas/FieldViolation"))
                                                        .description("each broken rule (400, 422)"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                                                                  .description("the record's version now (409)"));
    }

    private static Schema<?> fieldViolationSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().example("market"))
                .addProperty("rule", new StringSchema().example("required"))
                .addProperty("message", new StringSchema().example("is required"))
                .required(List.of("field", "rule", "message"));
    }

    /**
     * Names each operation's credentials, and its success: a change answering {@code ResponseEntity<Void>} without
     * a {@link ResponseStatus} of its own answers 204 (springdoc cannot see that in the type and would say 200).
     */
    @Bean
    OperationCustomizer successAndSecurity() {
        return (operation, handlerMethod) -> {
            SecurityRequirements open = handlerMethod.getMethodAnnotation(SecurityRequirements.class);
            if (open != null && open.value().length == 0) {
                operation.setSecurity(List.of());
            } else if (operation.getSecurity() == null) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            }
            ResolvableType returned = ResolvableType.forMethodReturnType(handlerMethod.getMethod());
            boolean noContent = handlerMethod.getMethodAnnotation(ResponseStatus.class) == null
                                && returned.resolve() == ResponseEntity.class
                                && returned.getGeneric(0).resolve() == Void.class;
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            if (noContent) {
                // springdoc writes no success at all when the handler declares another answer (422) itself
                operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("204", new ApiResponse().description("Done"));
            }
            return operation;
        };
    }

    /**
     * The problems each operation may answer, by what it is: input may be invalid, credentials wrong, a role not
     * allowed, a record in its path unknown, a change late; a problem an operation declares itself (422, a robot's 502)
     * gets the problem body. The new version of a lead comes back as the ETag of every change to it.
     */
    @Bean
    OpenApiCustomizer problemAnswersAndVersions() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> {
                    ApiResponses answers = operation.getResponses();
                    answers.forEach((status, answer) -> {
                        if ((status.startsWith("4") || status.startsWith("5")) && answer.get$ref() == null) {
                            answer.setContent(problemContent());
                        }
                    });
                    boolean secured = !List.of().equals(operation.getSecurity());
                    boolean input = operation.getRequestBody() != null
                                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
                    boolean change = method != PathItem.HttpMethod.GET;
                    add(answers, ProblemAnswer.BAD_REQUEST, input);
                    add(answers, ProblemAnswer.UNAUTHORIZED, secured);
                    add(answers, ProblemAnswer.FORBIDDEN, true);
                    add(answers, ProblemAnswer.NOT_FOUND, path.contains("{"));
                    add(answers, ProblemAnswer.CONFLICT, change);
                    add(answers, ProblemAnswer.SIGN_IN_LOCKED, secured);
                    add(answers, ProblemAnswer.STORE_UNAVAILABLE, true);
                    if (change && path.startsWith("/api/leads")) {
                        answers.forEach((status, answer) -> {
                            if (status.startsWith("2")) {
                                answer.addHeaderObject(HttpHeaders.ETAG, new Header()
                                        .description("The lead's version after the change, e.g. \"5\": send it as "
                                                     + "If-Match with the next change")
                                        .schema(new StringSchema()));
                            }
                        });
                    }
                }));
    }

    private static void add(ApiResponses answers, ProblemAnswer answer, boolean applies) {
        if (applies) {
            answers.putIfAbsent(answer.status, answer.reference());
        }
    }

    private static ApiResponse problemAnswer(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    @SuppressWarnings("rawtypes")
    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(
                new Schema().$ref("#/components/schemas/" + PROBLEM)));
    }
}
