package org.zhaoshang.crm.keyproject.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The responsible leader wrote an instruction (批示) on the key project, or on one of its lead's problems; it reaches
 * the lead's owner and the responsible department.
 *
 * @param problemId the problem it is about, or null for the project as a whole
 */
@Revision("1")
public record InstructionWrittenEvent(String keyProjectId, int year, String leadId, String instructionId,
                                      String problemId, String text, String leader, LocalDate writtenOn)
        implements KeyProjectEvent {
}
