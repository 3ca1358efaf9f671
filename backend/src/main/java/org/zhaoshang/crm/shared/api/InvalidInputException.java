package org.zhaoshang.crm.shared.api;

import java.util.List;

/** A command or query that breaks one or more rules; nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("Invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder();
        for (FieldViolation violation : violations) {
            text.append(text.isEmpty() ? "" : "; ").append(violation.field()).append(": ").append(violation.message());
        }
        return text.toString();
    }
}
