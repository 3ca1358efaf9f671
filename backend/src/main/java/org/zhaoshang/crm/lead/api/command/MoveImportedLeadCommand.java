package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * A lead imported before, moved on to the later stage a sheet gives now, under the import's {@link StagePolicy}.
 * Answered by an {@link ImportedStage}.
 *
 * @param dryRun decide only: {@link ImportCheckPassedException} is thrown instead, and nothing is stored
 */
public record MoveImportedLeadCommand(@TargetAggregateIdentifier String leadId, MoveLeadToStageCommand move,
                                      StagePolicy stagePolicy, boolean dryRun) implements ValidatedCommand {

    public MoveImportedLeadCommand {
        stagePolicy = stagePolicy == null ? StagePolicy.STRICT : stagePolicy;
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("move", move)
                  .check(move == null || leadId != null && leadId.equals(move.leadId()), "leadId", "mismatch",
                         "the move names the same lead");
        return move == null ? violations : move.validate(violations, today);
    }
}
