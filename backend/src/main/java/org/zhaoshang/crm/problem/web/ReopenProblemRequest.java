package org.zhaoshang.crm.problem.web;

import java.time.LocalDate;

/**
 * A manager sends a resolved or closed problem back to its department.
 *
 * @param dueOn a new due day (today or later), or null to keep the one it had
 */
public record ReopenProblemRequest(String reason, LocalDate dueOn, Long expectedVersion) {
}
