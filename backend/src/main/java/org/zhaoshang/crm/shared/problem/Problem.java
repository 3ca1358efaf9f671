package org.zhaoshang.crm.shared.problem;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.storage.StoreOutage;

import java.util.List;

/**
 * What a failure means to whoever asked: the REST API answers it as an RFC 7807 problem (status, title, detail,
 * errors), the UI tells it in the user's language (the translation of {@link #messageKey()}, else the detail).
 *
 * @param code           stable, for programs and translations (for example {@code conflict})
 * @param status         the HTTP status of the answer
 * @param title          the problem's title, in English
 * @param detail         what happened and what to do, in English
 * @param arguments      what the translated message may name ({0}, {1}, …)
 * @param violations     the broken rules by field (the problem's {@code errors}); empty when none
 * @param currentVersion the record's version now, when the caller's expected version was stale; else null
 * @param outage         how the store failed, when it did; else null
 */
public record Problem(String code, int status, String title, String detail, List<Object> arguments,
                      List<FieldViolation> violations, Long currentVersion, StoreOutage outage) {

    public Problem {
        arguments = List.copyOf(arguments);
        violations = List.copyOf(violations);
    }

    static Problem of(String code, int status, String title, String detail) {
        return new Problem(code, status, title, detail, List.of(), List.of(), null, null);
    }

    /** The UI's translation key of this problem. */
    public String messageKey() {
        return "problem." + code;
    }

    /**
     * A failure nobody foresaw: logged, and told as such without its details. A 502 is another system's refusal (a
     * group robot's), told to the caller as it is.
     */
    public boolean unexpected() {
        return status >= 500 && status != 502 && outage == null;
    }

    /** Someone changed the record in between: read it again, then try again. */
    public boolean conflict() {
        return status == 409;
    }

    /**
     * A rule that needs facts first (a stage gate): the violations say what is missing, so that whoever asked can
     * ask the user for exactly that.
     */
    public boolean missingFacts() {
        return status == 422 && !violations.isEmpty();
    }
}
