package org.zhaoshang.crm.shared.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.shared.problem.Problems;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error of the REST API as an RFC 7807 problem that names the field and the rule; never a stack trace. It
 * applies to every handler, and to requests refused before a handler is chosen (an upload over the multipart limit,
 * a method a path does not take).
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Every failure of a handler, told as {@link Problems} says (the UI tells the same failures the same way). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleDomain(Exception exception, HttpServletRequest request) {
        Problem problem = Problems.of(exception, resource(request));
        if (problem.unexpected()) {
            if (rootCause(exception) instanceof RequestRejectedException rejected) {
                return problem(HttpStatus.BAD_REQUEST, "Bad request", rejected.getMessage());
            }
            log.error("Unexpected error in the API", exception);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(problem.status()),
                                                              problem.detail());
        body.setTitle(problem.title());
        if (!problem.violations().isEmpty()) {
            body.setProperty("errors", problem.violations());
        }
        if (problem.currentVersion() != null) {
            body.setProperty("currentVersion", problem.currentVersion());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status());
        if (problem.outage() != null) {
            // tells the caller whether to check before trying again, and when to try
            body.setProperty("outage", problem.outage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                                                                 "The upload is larger than the server takes");
        problem.setTitle("Too large");
        problem.setProperty("errors", List.of(new FieldViolation("file", "too-large",
                                                                 "the file is larger than 20 MB")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        Class<?> type = exception.getRequiredType() != null && Collection.class.isAssignableFrom(
                exception.getRequiredType()) ? exception.getParameter().nested().getNestedParameterType()
                                             : exception.getRequiredType();
        FieldViolation violation = new FieldViolation(exception.getName(), "type", "must be " + describe(type));
        return invalid(exception.getName() + ": " + violation.message(), List.of(violation));
    }

    /** Query parameters bound to a record (filters): each one that could not be converted, by name. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldViolation> violations = exception.getFieldErrors().stream().map(
                error -> new FieldViolation(error.getField(), "type", "must be " + describe(
                        convertedType(error.unwrap(TypeMismatchException.class))))).toList();
        return ResponseEntity.badRequest().body(invalidBody(violations.stream()
                .map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; ")), violations));
    }

    private static Class<?> convertedType(TypeMismatchException mismatch) {
        if (mismatch.getCause() instanceof ConversionFailedException failed) {
            TypeDescriptor target = failed.getTargetType();
            return target.isCollection() && target.getElementTypeDescriptor() != null
                   ? target.getElementTypeDescriptor().getType() : target.getType();
        }
        return mismatch.getRequiredType();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldViolation violation = unreadable(exception);
        return ResponseEntity.badRequest().body(invalidBody(violation.field() + ": " + violation.message(),
                                                            List.of(violation)));
    }

    private static FieldViolation unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof StreamConstraintsException) {
            return new FieldViolation("body", "too-long", "a value is longer than allowed (a number at most "
                                      + ApiJsonConfiguration.MAX_NUMBER_LENGTH + " characters)");
        }
        if (exception.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            return new FieldViolation(path(format), "type", "must be " + describe(format.getTargetType()));
        }
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldViolation(path(mapping), "type", "has the wrong type");
        }
        return new FieldViolation("body", "json", "must be a JSON object of the documented shape");
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                        .map(reference -> reference.getFieldName() != null
                                          ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                     .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-31";
        }
        if (type == YearMonth.class) {
            return "a month such as 2026-03";
        }
        return "a " + (type == null ? "valid value" : type.getSimpleName());
    }

    /** What the path names: /api/leads/… is a lead, /api/ambassadors/… an ambassador. */
    private static String resource(HttpServletRequest request) {
        String[] path = request.getRequestURI().split("/");
        String collection = path.length > 2 ? path[2] : "record";
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable current = exception;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static ResponseEntity<ProblemDetail> invalid(String detail, List<FieldViolation> violations) {
        return ResponseEntity.badRequest().body(invalidBody(detail, violations));
    }

    private static ProblemDetail invalidBody(String detail, List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", violations);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
