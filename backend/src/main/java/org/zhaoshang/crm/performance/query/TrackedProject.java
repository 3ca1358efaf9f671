package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProgressFact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A signed project as performance reads it: its commitments as each was known from a day, its progress facts dated,
 * its withdrawals and reinstatements dated, and its lead's slices. Small, so that a look back to any day is a scan of these records, never of the log.
 *
 * @param commitments every version of the commitments with the day it was recorded, oldest first
 * @param facts       the progress facts by id
 * @param version     the project's last event applied (its sequence number)
 * @param standing    each withdrawal and reinstatement with its day, in the order they happened (none: it stands)
 */
record TrackedProject(String projectId, String leadId, LocalDate signedOn, LocalDate recordedOn,
                      List<DatedCommitments> commitments, Map<String, TrackedFact> facts, LeadSlices lead,
                      long version, List<Standing> standing) {

    record DatedCommitments(LocalDate knownOn, Commitments commitments) {
    }

    /** From {@code on}, the project was withdrawn, or (false) stood again. */
    record Standing(LocalDate on, boolean withdrawn) {
    }

    TrackedProject {
        commitments = List.copyOf(commitments);
        facts = new TreeMap<>(facts);
        standing = standing == null ? List.of() : List.copyOf(standing); // documents stored before withdrawals
    }

    /** The project after the event; null when the event comes before the project's first. Unknown events: the same. */
    static TrackedProject apply(TrackedProject project, ProjectEvent event, long version, LeadSlices lead) {
        if (event instanceof ProjectSignedEvent signed) {
            return new TrackedProject(signed.projectId(), signed.leadId(), signed.agreement().signedOn(),
                                      signed.recordedOn(),
                                      List.of(new DatedCommitments(signed.recordedOn(), signed.commitments())),
                                      Map.of(), lead, version, List.of());
        }
        if (project == null) {
            return null;
        }
        if (event instanceof ProjectCommitmentsChangedEvent changed) {
            List<DatedCommitments> versions = new ArrayList<>(project.commitments);
            versions.add(new DatedCommitments(changed.changedOn(), changed.commitments()));
            return new TrackedProject(project.projectId, project.leadId, project.signedOn, project.recordedOn,
                                      versions, project.facts, project.lead, version, project.standing);
        }
        if (event instanceof ProgressRecordedEvent recorded) {
            ProgressFact fact = recorded.fact();
            Map<String, TrackedFact> facts = new TreeMap<>(project.facts);
            facts.put(recorded.progressId(), new TrackedFact(recorded.progressId(), fact.kind(), fact.milestone(),
                                                             fact.day(), fact.amountWan(), fact.year(),
                                                             recorded.recordedOn(), null, null));
            return project.withFacts(facts, version);
        }
        if (event instanceof ProgressVerifiedEvent verified) {
            return project.withFact(verified.progressId(), fact -> fact.verified(verified.verifiedOn()), version);
        }
        if (event instanceof ProgressReturnedEvent returned) {
            return project.withFact(returned.progressId(), fact -> fact.returned(returned.returnedOn()), version);
        }
        if (event instanceof ProjectWithdrawnEvent withdrawn) {
            return project.withStanding(new Standing(withdrawn.withdrawnOn(), true), version);
        }
        if (event instanceof ProjectReinstatedEvent reinstated) {
            return project.withStanding(new Standing(reinstated.reinstatedOn(), false), version);
        }
        return project.withFacts(project.facts, version);
    }

    TrackedProject withLead(LeadSlices slices) {
        return new TrackedProject(projectId, leadId, signedOn, recordedOn, commitments, facts, slices, version,
                                  standing);
    }

    private TrackedProject withStanding(Standing change, long version) {
        List<Standing> changes = new ArrayList<>(standing);
        changes.add(change);
        return new TrackedProject(projectId, leadId, signedOn, recordedOn, commitments, facts, lead, version,
                                  changes);
    }

    private TrackedProject withFact(String progressId, UnaryOperator<TrackedFact> change, long version) {
        Map<String, TrackedFact> changed = new TreeMap<>(facts);
        changed.computeIfPresent(progressId, (id, fact) -> change.apply(fact));
        return withFacts(changed, version);
    }

    private TrackedProject withFacts(Map<String, TrackedFact> changed, long version) {
        return new TrackedProject(projectId, leadId, signedOn, recordedOn, commitments, changed, lead, version,
                                  standing);
    }

    /** The commitments as known now, or as recorded by the day ({@code knownThen}); null if none were by then. */
    Commitments commitmentsAt(LocalDate asOf, boolean knownThen) {
        if (!knownThen) {
            return commitments.get(commitments.size() - 1).commitments();
        }
        Commitments known = null;
        for (DatedCommitments dated : commitments) {
            if (!dated.knownOn().isAfter(asOf)) {
                known = dated.commitments();
            }
        }
        return known;
    }

    /**
     * Withdrawn as known now (whatever the day: a withdrawn project counts nowhere), or under {@code knownThen} by
     * the day and not reinstated by it.
     */
    boolean withdrawnAt(LocalDate asOf, boolean knownThen) {
        boolean withdrawn = false;
        for (Standing change : standing) {
            if (!knownThen || !change.on().isAfter(asOf)) {
                withdrawn = change.withdrawn();
            }
        }
        return withdrawn;
    }

    /** Signed by the day, and under {@code knownThen} recorded by it. */
    boolean signedBy(LocalDate asOf, boolean knownThen) {
        return signedOn != null && !signedOn.isAfter(asOf) && (!knownThen || !recordedOn.isAfter(asOf));
    }
}
