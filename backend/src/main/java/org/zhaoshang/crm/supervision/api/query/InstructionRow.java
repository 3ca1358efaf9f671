package org.zhaoshang.crm.supervision.api.query;

import java.time.LocalDate;

/** A leader's instruction (批示) on a key project or one of its problems ({@code problemId} null: the project). */
public record InstructionRow(String instructionId, int year, String leadId, String company, String problemId,
                             String leader, String text, LocalDate writtenOn) {
}
