package org.zhaoshang.crm.project.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.document.api.LeadEvidence;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.command.ChangeCommitmentsCommand;
import org.zhaoshang.crm.project.api.command.ProjectInput;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.command.RecordStageMilestoneCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.command.WithdrawProjectCommand;
import org.zhaoshang.crm.project.api.query.StageFloor;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A signed project (签约项目), linked to its lead: what its agreement promised and what has happened since, each
 * progress fact verified (认定) by a manager other than its recorder before it counts. Who may is {@link ProjectAccess},
 * asked of the lead as it is now; the input each command checks itself.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class SignedProject {

    static final Map<Milestone, Stage> STAGE_OF_MILESTONE = StageFloor.STAGE_OF_MILESTONE;

    @AggregateIdentifier
    private String projectId;
    private String leadId;
    private Commitments commitments;
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private boolean withdrawn;

    protected SignedProject() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignProjectCommand command, ProjectLeads leads, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (projectId != null) {
            // this agreement began its project before: a replay, another node was first, or its lead came back
            if (withdrawn && caller.system()) {
                apply(new ProjectReinstatedEvent(projectId, leadId, caller.id(), BureauTime.today(clock)));
            }
            return;
        }
        LocalDate today = checkInput(command, clock);
        LeadState lead = ProjectAccess.visibleLead(leads.now(command.leadId()), caller, command.leadId());
        ProjectAccess.requireCommitting(caller, lead);
        new Violations().check(caller.system() || lead.stage().compareTo(Stage.SIGNED) >= 0, "leadId", "not-signed",
                               "a further agreement follows the first: the lead is at " + lead.stage()
                               + ", move it to SIGNED first")
                        .check(caller.system() || command.agreement().basis() != AgreementBasis.FIRST_SIGNING, "basis",
                               "first-signing", "the first project comes from the lead's move to SIGNED: a further "
                                                + "agreement is a SECOND_PHASE or a CAPITAL_INCREASE")
                        .throwIfAny();
        ProjectAgreement agreement = command.agreement();
        apply(new ProjectSignedEvent(command.projectId(), lead.leadId(),
                                     new ProjectAgreement(agreement.signedOn(), agreement.reference().strip(),
                                                          agreement.basis()),
                                     command.commitments().normalized(), caller.id(), today));
    }

    @CommandHandler
    public void handle(ChangeCommitmentsCommand command, ProjectLeads leads, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProjectAccess.requireCommitting(caller, visibleLead(leads, caller));
        LocalDate today = checkInput(command, clock);
        requireStanding();
        Commitments next = command.commitments().normalized();
        Violations violations = new Violations();
        facts.values().stream().filter(Fact::counts).map(fact -> fact.fact().milestone()).filter(Objects::nonNull)
             .distinct()
             .forEach(milestone -> violations.check(next.kind().has(milestone), "kind", "recorded-milestone",
                                                    milestone + " is recorded on this project, and " + next.kind()
                                                    + " projects have no such milestone: return that fact first"));
        BigDecimal total = next.totalInvestmentCnyWan();
        violations.check(total == null || verifiedCapital().compareTo(total) <= 0, "totalInvestment",
                         "below-verified", "capital of " + verifiedCapital().stripTrailingZeros().toPlainString()
                                           + " 万元 is verified as arrived already")
                  .throwIfAny();
        apply(new ProjectCommitmentsChangedEvent(projectId, leadId, next, caller.id(), today));
    }

    @CommandHandler
    public void handle(RecordProgressCommand command, ProjectLeads leads, LeadEvidence documents, Clock clock,
                       MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProjectAccess.requireRecording(caller, visibleLead(leads, caller));
        LocalDate today = checkInput(command, clock);
        requireStanding();
        ProgressFact fact = command.fact();
        Violations violations = new Violations()
                .check(!facts.containsKey(command.progressId()), "progressId", "unique", "is taken on this project");
        List<String> unseen = documents.unseen(caller, leadId, fact.evidence());
        for (int i = 0; i < fact.evidence().size(); i++) {
            // a document the caller may not see answers exactly like an unknown id
            violations.check(!unseen.contains(fact.evidence().get(i)), "evidence[" + i + "]", "unknown-document",
                             "no document of this project's lead with this id: upload it to the lead first");
        }
        if (fact.kind() == ProgressKind.MILESTONE) {
            Fact open = counting(fact.milestone());
            violations.check(commitments.kind().has(fact.milestone()), "milestone", "kind",
                             fact.milestone() + " is not a milestone of " + commitments.kind() + " projects: "
                             + commitments.kind().chain())
                      .check(open == null, "milestone", "counted-once",
                             fact.milestone() + " is recorded already (" + (open == null ? "" : open.state())
                             + "): a milestone is reached once; a returned fact may be recorded again");
        }
        if (fact.kind() == ProgressKind.AGREEMENT) {
            violations.check(facts.values().stream().noneMatch(other -> other.counts()
                                     && other.fact().kind() == ProgressKind.AGREEMENT), "kind", "counted-once",
                             "the agreement is recorded already: a project is signed once; a returned one may be "
                             + "recorded again");
        }
        if (fact.kind() == ProgressKind.TAX_PAID) {
            violations.check(facts.values().stream().noneMatch(other -> other.counts()
                                     && other.fact().kind() == ProgressKind.TAX_PAID
                                     && fact.year().equals(other.fact().year())), "year", "counted-once",
                             "the tax of " + fact.year() + " is recorded already: one figure a year");
        }
        if (command.replaces() != null) {
            Fact returned = facts.get(command.replaces());
            violations.check(returned != null && returned.state() == VerificationState.RETURNED
                             && returned.replacedBy() == null && returned.recordedBy().equals(caller.id()),
                             "replaces", "not-returned-to-you",
                             "must be a fact of this project returned to you and not corrected yet");
        }
        violations.throwIfAny();
        apply(new ProgressRecordedEvent(projectId, leadId, command.progressId(), fact, ProgressOrigin.RECORDED,
                                        caller.id(), today, promisedOn(fact), command.replaces()));
    }

    @CommandHandler
    public void handle(RecordStageMilestoneCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.system()) {
            throw new NotPermittedException("Only the application records a lead's stage on its project");
        }
        if (withdrawn || facts.containsKey(command.progressId()) || !commitments.kind().has(command.milestone())
            || counting(command.milestone()) != null) {
            return; // answered before, or the project has that milestone recorded already
        }
        ProgressFact fact = new ProgressFact(ProgressKind.MILESTONE, command.day(), null, command.milestone(), null,
                                             null, List.of());
        apply(new ProgressRecordedEvent(projectId, leadId, command.progressId(), fact,
                                        command.origin() == null ? ProgressOrigin.LEAD_STAGE : command.origin(),
                                        caller.id(), BureauTime.today(clock), promisedOn(fact), null));
    }

    @CommandHandler
    public void handle(VerifyProgressCommand command, ProjectLeads leads, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadState lead = visibleLead(leads, caller);
        Fact fact = facts.get(command.progressId());
        if (fact == null) {
            throw new NotFoundException("No progress fact " + command.progressId() + " on this project");
        }
        ProjectAccess.requireVerifying(caller, fact.recordedBy());
        LocalDate today = checkInput(command, clock);
        requireStanding();
        new Violations().check(fact.state() == VerificationState.PENDING, "progressId", "decided",
                               "was " + fact.state() + " already: each fact is verified once")
                        .throwIfAny();
        if (command.decision() == Decision.RETURNED) {
            apply(new ProgressReturnedEvent(projectId, leadId, command.progressId(), fact.recordedBy(), caller.id(),
                                            today, command.reason().strip()));
            return;
        }
        checkCountsOnce(fact.fact(), lead).throwIfAny();
        apply(new ProgressVerifiedEvent(projectId, leadId, command.progressId(), fact.fact(), fact.recordedBy(),
                                        caller.id(), today, promisedOn(fact.fact())));
    }

    @CommandHandler
    public void handle(WithdrawProjectCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.system()) {
            throw new NotPermittedException("Only the application withdraws a project, when its lead leaves SIGNED");
        }
        boolean verifiedMilestone = facts.values().stream().anyMatch(
                fact -> fact.state() == VerificationState.APPROVED && fact.fact().milestone() != null);
        if (withdrawn || verifiedMilestone) {
            return; // withdrawn before, or what was verified happened: the project stands
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        apply(new ProjectWithdrawnEvent(projectId, leadId, caller.id(), BureauTime.today(clock),
                                        reason == null || reason.length() <= Violations.MAX_TEXT_LENGTH ? reason
                                                : reason.substring(0, Violations.MAX_TEXT_LENGTH)));
    }

    private void requireStanding() {
        new Violations().check(!withdrawn, "projectId", "withdrawn",
                               "the project is withdrawn: its lead left SIGNED; moving the lead back to SIGNED with "
                               + "the same agreement reinstates it")
                        .throwIfAny();
    }

    /**
     * A verified fact counts once: a milestone once, after the milestones before it in the chain, and one its lead's
     * stage can follow; capital up to what was committed (beyond it is a capital increase, a project of its own).
     */
    private Violations checkCountsOnce(ProgressFact fact, LeadState lead) {
        Violations violations = new Violations();
        if (fact.kind() == ProgressKind.MILESTONE) {
            Milestone milestone = fact.milestone();
            List<Milestone> unverified = commitments.kind().before(milestone).stream()
                                                    .filter(earlier -> !verified(earlier)).toList();
            Stage stage = STAGE_OF_MILESTONE.get(milestone);
            violations.check(!verified(milestone), "progressId", "counted-once",
                             milestone + " is verified already: a milestone counts once")
                      .check(unverified.isEmpty(), "progressId", "chain",
                             "verify " + unverified + " first: the chain is " + commitments.kind().chain())
                      .check(stage == null || lead.stage().compareTo(stage) >= 0
                             || lead.status() == LeadStatus.OPEN, "progressId", "lead-not-open",
                             "the lead is " + lead.status() + ": reopen it first, so that it can follow to " + stage);
        }
        if (fact.kind() == ProgressKind.CAPITAL_ARRIVED) {
            BigDecimal committed = commitments.totalInvestmentCnyWan();
            BigDecimal after = verifiedCapital().add(fact.amountWan());
            violations.check(committed == null || after.compareTo(committed) <= 0, "progressId", "beyond-commitment",
                             "verified capital would be " + after.stripTrailingZeros().toPlainString() + " 万元, more than the "
                             + (committed == null ? "" : committed.stripTrailingZeros().toPlainString())
                             + " 万元 committed: what goes beyond is a capital increase, a further project of the lead");
        }
        if (fact.kind() == ProgressKind.AGREEMENT) {
            violations.check(facts.values().stream().noneMatch(other -> other.state() == VerificationState.APPROVED
                                     && other.fact().kind() == ProgressKind.AGREEMENT), "progressId", "counted-once",
                             "the agreement is verified already: a project counts once as a verified signing");
        }
        if (fact.kind() == ProgressKind.TAX_PAID) {
            violations.check(facts.values().stream().noneMatch(other -> other.state() == VerificationState.APPROVED
                                     && other.fact().kind() == ProgressKind.TAX_PAID
                                     && other.fact().year().equals(fact.year())), "progressId", "counted-once",
                             "the tax of " + fact.year() + " is verified already");
        }
        return violations;
    }

    private LeadState visibleLead(ProjectLeads leads, Caller caller) {
        return ProjectAccess.visibleLead(leads.now(leadId), caller, projectId);
    }

    private static LocalDate checkInput(ProjectInput command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        command.validate(new Violations(), today).throwIfAny();
        return today;
    }

    /** The fact of a milestone that is waiting or verified, if any: a milestone is reached once. */
    private Fact counting(Milestone milestone) {
        return facts.values().stream().filter(fact -> fact.counts() && fact.fact().milestone() == milestone)
                    .findFirst().orElse(null);
    }

    private boolean verified(Milestone milestone) {
        return facts.values().stream().anyMatch(fact -> fact.state() == VerificationState.APPROVED
                                                        && fact.fact().milestone() == milestone);
    }

    private BigDecimal verifiedCapital() {
        return facts.values().stream().filter(fact -> fact.state() == VerificationState.APPROVED
                                                      && fact.fact().kind() == ProgressKind.CAPITAL_ARRIVED)
                    .map(fact -> fact.fact().amountWan()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private LocalDate promisedOn(ProgressFact fact) {
        return fact.kind() == ProgressKind.MILESTONE ? commitments.promised(fact.milestone()) : null;
    }

    @EventSourcingHandler
    void on(ProjectSignedEvent event) {
        projectId = event.projectId();
        leadId = event.leadId();
        commitments = event.commitments();
    }

    @EventSourcingHandler
    void on(ProjectCommitmentsChangedEvent event) {
        commitments = event.commitments();
    }

    @EventSourcingHandler
    void on(ProgressRecordedEvent event) {
        facts.put(event.progressId(), new Fact(event.fact(), event.recordedBy(), VerificationState.PENDING, null));
        if (event.replaces() != null) {
            facts.computeIfPresent(event.replaces(), (id, returned) -> returned.replacedBy(event.progressId()));
        }
    }

    @EventSourcingHandler
    void on(ProgressVerifiedEvent event) {
        facts.computeIfPresent(event.progressId(), (id, fact) -> fact.in(VerificationState.APPROVED));
    }

    @EventSourcingHandler
    void on(ProgressReturnedEvent event) {
        facts.computeIfPresent(event.progressId(), (id, fact) -> fact.in(VerificationState.RETURNED));
    }

    @EventSourcingHandler
    void on(ProjectWithdrawnEvent event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(ProjectReinstatedEvent event) {
        withdrawn = false;
    }

    /** A progress fact as the aggregate decides by it. */
    record Fact(ProgressFact fact, String recordedBy, VerificationState state, String replacedBy) {

        /** Waiting or verified: it stands (a returned fact is out of the count). */
        boolean counts() {
            return state != VerificationState.RETURNED;
        }

        Fact in(VerificationState next) {
            return new Fact(fact, recordedBy, next, replacedBy);
        }

        Fact replacedBy(String progressId) {
            return new Fact(fact, recordedBy, state, progressId);
        }
    }
}
