package org.zhaoshang.crm.project.query;

import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.VerificationState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What each project event does to a project as read: the one fold the projects collection and the queries share.
 * Every event sets absolute values keyed by the project and its facts' ids.
 */
final class ProjectFold {

    private ProjectFold() {
    }

    /** The project after the event (its {@code version}); {@code project} is null before the first event. */
    static ProjectView apply(ProjectView project, ProjectEvent event, long version) {
        if (event instanceof ProjectSignedEvent signed) {
            return new ProjectView(signed.projectId(), signed.leadId(), signed.agreement(), signed.commitments(),
                                   signed.recordedBy(), signed.recordedOn(), null, null, List.of(), version, null);
        }
        if (project == null) {
            return null;
        }
        if (event instanceof ProjectCommitmentsChangedEvent changed) {
            return new ProjectView(project.projectId(), project.leadId(), project.agreement(), changed.commitments(),
                                   project.signedBy(), project.signedRecordedOn(), changed.changedBy(),
                                   changed.changedOn(), project.progress(), version, project.withdrawal());
        }
        if (event instanceof ProjectWithdrawnEvent withdrawn) {
            return withWithdrawal(project, new ProjectView.ProjectWithdrawal(
                    withdrawn.withdrawnBy(), withdrawn.withdrawnOn(), withdrawn.reason()), version);
        }
        if (event instanceof ProjectReinstatedEvent) {
            return withWithdrawal(project, null, version);
        }
        if (event instanceof ProgressRecordedEvent recorded) {
            List<ProgressEntry> progress = new ArrayList<>(
                    project.progress().stream().filter(entry -> !entry.progressId().equals(recorded.progressId()))
                           .map(entry -> entry.progressId().equals(recorded.replaces())
                                         ? replaced(entry, recorded.progressId()) : entry)
                           .toList());
            progress.add(new ProgressEntry(recorded.progressId(), recorded.fact(), recorded.origin(),
                                           recorded.recordedBy(), recorded.recordedOn(), recorded.promisedOn(),
                                           VerificationState.PENDING, null, null, null, recorded.replaces(), null));
            return withProgress(project, progress, version);
        }
        if (event instanceof ProgressVerifiedEvent verified) {
            return withProgress(project, change(project, verified.progressId(), entry -> decided(
                    entry, VerificationState.APPROVED, verified.verifiedBy(), verified.verifiedOn(), null)), version);
        }
        ProgressReturnedEvent returned = (ProgressReturnedEvent) event;
        return withProgress(project, change(project, returned.progressId(), entry -> decided(
                entry, VerificationState.RETURNED, returned.returnedBy(), returned.returnedOn(), returned.reason())),
                            version);
    }

    /** The same project with each fact's evidence as {@code cut} leaves it. */
    static ProjectView withEvidence(ProjectView project, UnaryOperator<List<String>> cut) {
        return withProgress(project, project.progress().stream().map(entry -> {
            ProgressFact fact = entry.fact();
            ProgressFact shown = new ProgressFact(fact.kind(), fact.day(), fact.amountWan(), fact.milestone(),
                                                  fact.year(), fact.count(), cut.apply(fact.evidence()));
            return new ProgressEntry(entry.progressId(), shown, entry.origin(), entry.recordedBy(),
                                     entry.recordedOn(), entry.promisedOn(), entry.state(), entry.decidedBy(),
                                     entry.decidedOn(), entry.reason(), entry.replaces(), entry.replacedBy());
        }).toList(), project.version());
    }

    private static List<ProgressEntry> change(ProjectView project, String progressId,
                                              UnaryOperator<ProgressEntry> change) {
        return project.progress().stream()
                      .map(entry -> entry.progressId().equals(progressId) ? change.apply(entry) : entry).toList();
    }

    private static ProjectView withProgress(ProjectView project, List<ProgressEntry> progress, long version) {
        return new ProjectView(project.projectId(), project.leadId(), project.agreement(), project.commitments(),
                               project.signedBy(), project.signedRecordedOn(), project.commitmentsChangedBy(),
                               project.commitmentsChangedOn(), List.copyOf(progress), version, project.withdrawal());
    }

    private static ProjectView withWithdrawal(ProjectView project, ProjectView.ProjectWithdrawal withdrawal,
                                              long version) {
        return new ProjectView(project.projectId(), project.leadId(), project.agreement(), project.commitments(),
                               project.signedBy(), project.signedRecordedOn(), project.commitmentsChangedBy(),
                               project.commitmentsChangedOn(), project.progress(), version, withdrawal);
    }

    private static ProgressEntry decided(ProgressEntry entry, VerificationState state, String by,
                                         java.time.LocalDate on, String reason) {
        return new ProgressEntry(entry.progressId(), entry.fact(), entry.origin(), entry.recordedBy(),
                                 entry.recordedOn(), entry.promisedOn(), state, by, on, reason, entry.replaces(),
                                 entry.replacedBy());
    }

    private static ProgressEntry replaced(ProgressEntry entry, String by) {
        return new ProgressEntry(entry.progressId(), entry.fact(), entry.origin(), entry.recordedBy(),
                                 entry.recordedOn(), entry.promisedOn(), entry.state(), entry.decidedBy(),
                                 entry.decidedOn(), entry.reason(), entry.replaces(), by);
    }
}
