package org.zhaoshang.crm.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.users.UserBootstrap;

import java.util.Set;

/** Creates the first administrator with the one-time token the log printed at start-up (open to anyone: the token). */
@RestController
class SetupController {

    private final UserBootstrap bootstrap;

    SetupController(UserBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Operation(operationId = "setUpFirstAdministrator", summary = "Create the first administrator (only while there is no user)")
    @SecurityRequirements // open: the one-time token is the credential
    @PostMapping("/api/setup")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<?> setUp(@RequestBody SetupRequest request) {
        if (!bootstrap.setUp(request.token(), new NewUser(request.username(), request.displayName(),
                                                          request.password(), Set.of(), null))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "The setup link is not valid: it works once, until the next start, while no user exists");
            problem.setTitle("Forbidden");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record SetupRequest(String token, String username, String displayName, String password) {
    }
}
