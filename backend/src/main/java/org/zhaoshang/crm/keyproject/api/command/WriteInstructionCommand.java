package org.zhaoshang.crm.keyproject.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.shared.api.Violations;

/**
 * The responsible leader's instruction (批示) on their key project of the year, or on one of its lead's problems.
 *
 * @param problemId the problem it is about, or null
 */
public record WriteInstructionCommand(int year, String leadId, String instructionId, String problemId, String text) {

    public static final int MAX_TEXT_LENGTH = 2_000;

    @TargetAggregateIdentifier
    public String keyProjectId() {
        return KeyProjectIds.of(year, leadId);
    }

    public Violations validate(Violations violations) {
        violations.between("year", year, 2000, 2100).identifier("leadId", leadId)
                  .identifier("instructionId", instructionId)
                  .required("text", text)
                  .maxLength("text", text, MAX_TEXT_LENGTH);
        return problemId == null ? violations : violations.identifier("problemId", problemId);
    }
}
