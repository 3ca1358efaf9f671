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
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document at /v3/api-docs, complete enough for a generated client: HTTP Basic on every operation (but
 * the few marked open with an empty {@link SecurityRequirements}) and the RFC 7807 problems of {@link ApiProblems}
 * as every operation's 4xx answers.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> PROBLEM_ANSWERS = problemAnswers();

    private static Map<String, String> problemAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Invalid input: `errors` names each field and broken rule; nothing was changed");
        answers.put("401", "No or wrong credentials");
        answers.put("403", "The caller's role may not do this, or not to this record");
        answers.put("404", "No record with this id");
        answers.put("409", "The record was changed since it was read (`currentVersion` tells its version now)");
        answers.put("422", "A rule of the business is not met (e.g. a stage gate): `errors` names what is missing");
        return answers;
    }

    @Bean
    OpenAPI crmOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
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
                .components(new Components()
                                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                                                                   .scheme("basic"))
                                    .addSchemas(PROBLEM, problemSchema())
                                    .addSchemas("FieldViolation", fieldViolationSchema()))
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

    /** Names each operation's credentials and documents the problem answers it may give. */
    @Bean
    OperationCustomizer problemAnswersAndSecurity() {
        return (operation, handlerMethod) -> {
            SecurityRequirements open = handlerMethod.getMethodAnnotation(SecurityRequirements.class);
            if (open != null && open.value().length == 0) {
                operation.setSecurity(List.of());
            } else if (operation.getSecurity() == null) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            PROBLEM_ANSWERS.forEach((status, description) ->
                    operation.getResponses().addApiResponse(status, problemAnswer(description)));
            return operation;
        };
    }

    @SuppressWarnings("rawtypes")
    private static ApiResponse problemAnswer(String description) {
        return new ApiResponse().description(description)
                                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(
                                        new Schema().$ref("#/components/schemas/" + PROBLEM))));
    }
}
