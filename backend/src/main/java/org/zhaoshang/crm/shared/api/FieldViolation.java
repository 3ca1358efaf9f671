package org.zhaoshang.crm.shared.api;

/**
 * One broken rule of a command or request.
 *
 * @param field   the field, as named in the API
 * @param rule    a stable code of the rule, for programs and translations (e.g. {@code required})
 * @param message the rule in words, in English
 */
public record FieldViolation(String field, String rule, String message) {
}
