package org.zhaoshang.crm.security.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.users.SignInLockedException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The API's 401, 403 and 429 (locked out) answers as RFC 7807 problems, like every other error of the API. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (exception instanceof SignInLockedException locked) {
            response.setHeader("Retry-After", String.valueOf(
                    Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Sign-in locked", locked.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Zhaoshang CRM\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", exception.getMessage() == null
                || exception instanceof org.springframework.security.authentication.InsufficientAuthenticationException
                ? "Sign in: send your user name and password with HTTP Basic" : exception.getMessage());
    }

    @Override
    public void handle(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
