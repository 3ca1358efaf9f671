package org.zhaoshang.crm.supervision.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * What a leader answers for: the key projects most urgent first, the red problems of them, the latest instructions.
 */
public record Cockpit(String leader, int year, LocalDate asOf, List<KeyProjectRow> projects,
                      List<ProblemRow> redProblems, List<InstructionRow> instructions) {
}
