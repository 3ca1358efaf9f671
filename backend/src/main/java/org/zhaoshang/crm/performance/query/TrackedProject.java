package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
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
 * and its lead's slices. Small, so that a look back to any day is a scan of these records, never of the log.
 *
 * @param commitments every version of the commitments with the day it was recorded, oldest first
 * @param facts       the progress facts by id
 * @param version     the project's last event applied (its sequence number)
 */
record TrackedProject(String projectId, String leadId, LocalDate signedOn, LocalDate recordedOn,
                      List<DatedCommitments> commitments, Map<String, TrackedFact> facts, LeadSlices lead,
                      long version) {

    record DatedCommitments(LocalDate knownOn, Commitments commitments) {
    }

    TrackedProject {
        commitments = List.copyOf(commitments);
        facts = new TreeMap<>(facts);
    }

    /** The project after the event; null when the event comes before the project's first. Unknown events: the same. */
    static TrackedProject apply(TrackedProject project, ProjectEvent event, long version, LeadSlices lead) {
        if (event instanceof ProjectSignedEvent signed) {
            return new TrackedProject(signed.projectId(), signed.leadId(), signed.agreement().signedOn(),
                                      signed.recordedOn(),
                                      List.of(new DatedCommitments(signed.recordedOn(), signed.commitments())),
                                      Map.of(), lead, version);
        }
        if (project == null) {
            return null;
        }
        if (event instanceof ProjectCommitmentsChangedEvent changed) {
            List<DatedCommitments> versions = new ArrayList<>(project.commitments);
            versions.add(new DatedCommitments(changed.changedOn(), changed.commitments()));
            return new TrackedProject(project.projectId, project.leadId, project.signedOn, project.recordedOn,
                                      versions, project.facts, project.lead, version);
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
        return project.withFacts(project.facts, version);
    }

    TrackedProject withLead(LeadSlices slices) {
        return new TrackedProject(projectId, leadId, signedOn, recordedOn, commitments, facts, slices, version);
    }

    private TrackedProject withFact(String progressId, UnaryOperator<TrackedFact> change, long version) {
        Map<String, TrackedFact> changed = new TreeMap<>(facts);
        changed.computeIfPresent(progressId, (id, fact) -> change.apply(fact));
        return withFacts(changed, version);
    }

    private TrackedProject withFacts(Map<String, TrackedFact> changed, long version) {
        return new TrackedProject(projectId, leadId, signedOn, recordedOn, commitments, changed, lead, version);
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

    /** Signed by the day, and under {@code knownThen} recorded by it. */
    boolean signedBy(LocalDate asOf, boolean knownThen) {
        return signedOn != null && !signedOn.isAfter(asOf) && (!knownThen || !recordedOn.isAfter(asOf));
    }
}
