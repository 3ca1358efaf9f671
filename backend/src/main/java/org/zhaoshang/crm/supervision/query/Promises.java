package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.util.List;

/** Performance's promises of a lead's signed projects as supervision shows them and judges lights by. */
final class Promises {

    private Promises() {
    }

    /** Promised against actual of a key project; null before the signature (no promises). */
    static ProjectPromise of(LeadPromises promises) {
        return promises == null ? null
                : new ProjectPromise(promises.capitalCommittedWan(), promises.capitalDueWan(),
                                     promises.capitalVerifiedWan(), milestones(promises));
    }

    /** The promised milestones, for {@link LightInputs#milestones()}: none before the signature. */
    static List<MilestoneDue> milestones(LeadPromises promises) {
        return promises == null ? List.of() : promises.milestones().stream().map(
                promise -> new MilestoneDue(promise.projectId(), promise.milestone(), promise.promisedOn(),
                                            promise.reachedOn(), promise.daysOverdue())).toList();
    }
}
