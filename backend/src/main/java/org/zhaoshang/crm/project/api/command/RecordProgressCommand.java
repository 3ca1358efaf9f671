package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Records a progress fact with its evidence, for verification.
 *
 * @param replaces a returned fact of the caller's on this project that this one corrects (it leaves their My work)
 */
public record RecordProgressCommand(@TargetAggregateIdentifier String projectId, String progressId,
                                    ProgressFact fact, String replaces,
                                    @TargetAggregateVersion Long expectedVersion) implements ProjectInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("progressId", progressId).required("fact", fact);
        if (replaces != null) {
            violations.identifier("replaces", replaces);
        }
        return fact == null ? violations : fact.validate(violations, today);
    }
}
