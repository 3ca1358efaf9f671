package org.zhaoshang.crm.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zhaoshang.crm.shared.api.FieldViolation;

import java.util.List;

/**
 * An upload beyond the server's multipart limits as a problem. The request is refused while its parts are read,
 * before a controller is chosen, so {@link ApiProblems} (advice for this application's controllers only) never sees
 * it: this advice applies whatever the handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadTooLargeProblem {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception) {
        return problem();
    }

    static ResponseEntity<ProblemDetail> problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                                                                 "The upload is larger than the server takes");
        problem.setTitle("Too large");
        problem.setProperty("errors", List.of(new FieldViolation("file", "too-large",
                                                                 "the file is larger than 20 MB")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }
}
