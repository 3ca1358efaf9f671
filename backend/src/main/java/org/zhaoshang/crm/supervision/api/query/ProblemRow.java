package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.Escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem at a day, with its history (raised, notes, resolution, closing, reopenings, talks, instructions).
 *
 * @param daysOverdue days past the due day while open, 0 otherwise
 */
public record ProblemRow(String problemId, String leadId, String company, String description, String department,
                         LocalDate dueOn, ProblemStatus status, Escalation escalation, long daysOverdue,
                         String raisedBy, LocalDate raisedOn, LocalDate resolvedOn, List<ProblemEntry> history) {
}
