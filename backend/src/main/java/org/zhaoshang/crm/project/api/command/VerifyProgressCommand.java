package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A manager's verification (认定) of a progress fact: approved, or returned to its recorder with the reason. */
public record VerifyProgressCommand(@TargetAggregateIdentifier String projectId, String progressId, Decision decision,
                                    String reason, @TargetAggregateVersion Long expectedVersion)
        implements ProjectInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("progressId", progressId)
                         .required("decision", decision)
                         .check(decision != Decision.RETURNED || Texts.hasText(reason), "reason", "required",
                                "say why the fact goes back to its recorder")
                         .maxLength("reason", reason, Violations.MAX_TEXT_LENGTH);
    }
}
