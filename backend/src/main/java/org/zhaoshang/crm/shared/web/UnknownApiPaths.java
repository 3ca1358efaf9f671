package org.zhaoshang.crm.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import java.io.IOException;
import java.util.Map;

/**
 * An API or actuator path that no endpoint serves answers 404 as a problem, not with the UI's page (the UI takes
 * every other path). Asked after the controllers and the actuator, so a known path with another method stays a 405.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UnknownApiPaths {

    /** After the controllers' mapping (0), before the UI's and the static resources' (near the lowest). */
    private static final int ORDER = 1;

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ObjectMapper json) {
        HttpRequestHandler notFound = (HttpServletRequest request, HttpServletResponse response) ->
                notFound(json, response);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/actuator/**", notFound), ORDER);
    }

    private static void notFound(ObjectMapper json, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No endpoint at this path");
        problem.setTitle("Not found");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
