package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.command.ValidatedCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * A company the bureau is courting, from first identification to an operating project. Who may change it is decided
 * by {@link LeadAccess} before any command handler runs, then the command checks its own input
 * ({@link ValidatedCommand}); the handlers here decide only what needs the lead's state. Revision 2 added the team and the introducer to the state:
 * older snapshots are ignored.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "leadSnapshotTrigger", cache = "leadCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Lead {

    private static final int MAX_CONTACTS = 50;

    @AggregateIdentifier
    private String leadId;
    private Stage stage;
    private LeadStatus status;
    private boolean hasPlannedInvestment;
    private boolean hasTargetZone;
    private LocalDate agreementSignedOn;
    private String agreementReference;
    private LocalDate registeredOn;
    private String owner;
    private String introducedBy;
    private final Set<String> team = new HashSet<>();
    private final Map<String, ActivityType> activities = new HashMap<>();
    private final Set<String> contacts = new HashSet<>();
    private final Map<String, LocalDate> openFollowUps = new HashMap<>();

    protected Lead() {
    }

    @CommandHandler
    public Lead(CreateLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        create(command, ambassadors, clock, metaData);
    }

    /** Who may, then the command's own input: for every command on an existing lead, before its handler. */
    @CommandHandlerInterceptor
    Object checkAccessAndInput(CommandMessage<?> command, InterceptorChain chain, Clock clock) throws Exception {
        LeadAccess.checkChange(command.getPayload(), Caller.from(command.getMetaData()),
                               new LeadAccess.Facts(leadId, owner, introducedBy, team, stage));
        checkInput(command.getPayload(), clock);
        return chain.proceed();
    }

    private static void checkInput(Object command, Clock clock) {
        if (command instanceof ValidatedCommand validated) {
            validated.validate(new Violations(), BureauTime.today(clock)).throwIfAny();
        }
    }

    /**
     * The commands of one imported row, in order, on a new lead: each decides as it would alone, and a rejection of
     * any rejects the whole row (nothing of it is stored).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(ImportLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        create(command.create(), ambassadors, clock, metaData);
        if (command.numbers() != null) {
            checkInput(command.numbers(), clock);
            handle(command.numbers());
        }
        for (AddContactCommand contact : command.contacts()) {
            checkInput(contact, clock);
            handle(contact);
        }
        for (LogActivityCommand activity : command.activities()) {
            checkInput(activity, clock);
            handle(activity);
        }
        if (command.move() != null) {
            checkInput(command.move(), clock);
            handle(command.move(), clock);
        }
        if (command.dryRun()) {
            throw new ImportCheckPassedException(command.leadId());
        }
    }

    /** A new lead is not there for the interceptor to check: its handler checks who may and the input. */
    private void create(CreateLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        if (caller.limitedToOwnLeads() && hasText(command.introducedBy())
                && !command.introducedBy().strip().equals(caller.ambassadorId())) {
            throw new NotPermittedException("Ambassadors and partners create leads credited to themselves");
        }
        checkInput(command, clock);
        String introducedBy = caller.limitedToOwnLeads() ? caller.ambassadorId() : stripped(command.introducedBy());
        checkIntroducer(new Violations(), introducedBy, ambassadors).throwIfAny();
        apply(new LeadCreatedEvent(command.leadId().strip(), command.company().stripped(), command.market(),
                                   command.channel(), introducedBy, (String) metaData.get(Actor.META_DATA_KEY),
                                   command.identifiedOn() == null ? BureauTime.today(clock) : command.identifiedOn()));
    }

    /** Only an active ambassador or partner can be credited with a lead. */
    private static Violations checkIntroducer(Violations violations, String introducedBy,
                                              AmbassadorDirectory ambassadors) {
        return violations.check(!hasText(introducedBy) || ambassadors.isActive(introducedBy.strip()),
                                "introducedBy", "unknown-ambassador", "is not an active ambassador or partner");
    }

    @CommandHandler
    public void handle(AddLeadTeamMemberCommand command) {
        String member = command.member().strip();
        new Violations()
                .check(!team.contains(member), "member", "unique", "is on the team already")
                .check(!member.equals(owner), "member", "owner", "owns the lead")
                .throwIfAny();
        apply(new LeadTeamMemberAddedEvent(leadId, member));
    }

    @CommandHandler
    public void handle(RemoveLeadTeamMemberCommand command) {
        new Violations()
                .check(command.member() != null && team.contains(command.member().strip()), "member", "unknown",
                       "is not on the team")
                .throwIfAny();
        apply(new LeadTeamMemberRemovedEvent(leadId, command.member().strip()));
    }

    @CommandHandler
    public void handle(ChangeLeadSourceCommand command, AmbassadorDirectory ambassadors) {
        boolean sameIntroducer = hasText(command.introducedBy()) && command.introducedBy().strip().equals(introducedBy);
        checkIntroducer(new Violations(), sameIntroducer ? null : command.introducedBy(), ambassadors).throwIfAny();
        apply(new LeadSourceChangedEvent(leadId, command.market(), command.channel(),
                                         stripped(command.introducedBy())));
    }

    @CommandHandler
    public void handle(ReassignLeadCommand command) {
        new Violations()
                .check(!command.owner().strip().equals(owner), "owner", "unchanged",
                       "the lead is already owned by " + owner)
                .throwIfAny();
        apply(new LeadReassignedEvent(leadId, owner, command.owner().strip()));
    }

    @CommandHandler
    public void handle(UpdateLeadAssessmentCommand command) {
        apply(new LeadAssessmentUpdatedEvent(leadId, command.priority(), command.likelihoodPercent(),
                                             stripped(command.responsibleLeader())));
    }

    @CommandHandler
    public void handle(UpdateLeadCompanyCommand command) {
        apply(new LeadCompanyUpdatedEvent(leadId, command.company().stripped()));
    }

    @CommandHandler
    public void handle(MoveLeadToStageCommand command, Clock clock) {
        new Violations()
                .check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen())
                .check(command.to() != stage, "to", "unchanged", "the lead is already at stage " + stage)
                .throwIfAny();
        StageGates.Facts facts = new StageGates.Facts(
                activities.values().stream().anyMatch(ActivityType::isVisit),
                hasPlannedInvestment, hasTargetZone,
                agreementSignedOn != null || command.agreementSignedOn() != null,
                agreementReference != null || hasText(command.agreementReference()),
                registeredOn != null || command.registeredOn() != null);
        List<FieldViolation> missing = StageGates.missing(stage, command.to(), facts);
        if (!missing.isEmpty()) {
            throw new StageGateNotMetException(command.to(), missing);
        }
        if (command.agreementSignedOn() != null || hasText(command.agreementReference())) {
            LocalDate signedOn = command.agreementSignedOn() == null ? agreementSignedOn : command.agreementSignedOn();
            String reference = hasText(command.agreementReference())
                               ? command.agreementReference().strip() : agreementReference;
            apply(new AgreementSignedEvent(leadId, signedOn, reference));
        }
        if (command.registeredOn() != null) {
            apply(new CompanyRegisteredEvent(leadId, command.registeredOn()));
        }
        LocalDate occurredOn = command.occurredOn() == null ? BureauTime.today(clock) : command.occurredOn();
        apply(new LeadMovedToStageEvent(leadId, stage, command.to(), occurredOn, stripped(command.comment())));
    }

    @CommandHandler
    public void handle(UpdateLeadNumbersCommand command) {
        apply(new LeadNumbersUpdatedEvent(leadId, command.plannedInvestment(), command.landAreaMu(),
                                          command.floorSpaceM2(), command.expectedAnnualTaxWan(),
                                          command.expectedJobs(), command.targetZone(),
                                          stripped(command.targetBuilding())));
    }

    @CommandHandler
    public void handle(LogActivityCommand command) {
        new Violations()
                .check(!activities.containsKey(command.activityId()), "activityId", "unique",
                       "an activity with this id is already recorded")
                .throwIfAny();
        apply(new ActivityLoggedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                      command.strippedParticipants(), stripped(command.summary()),
                                      Boolean.TRUE.equals(command.internal())));
    }

    @CommandHandler
    public void handle(CorrectActivityCommand command) {
        knownActivity(command.activityId()).throwIfAny();
        apply(new ActivityCorrectedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                         command.strippedParticipants(), stripped(command.summary()),
                                         command.internal()));
    }

    @CommandHandler
    public void handle(RetractActivityCommand command) {
        knownActivity(command.activityId()).throwIfAny();
        apply(new ActivityRetractedEvent(leadId, command.activityId(), command.reason().strip()));
    }

    private Violations knownActivity(String activityId) {
        return new Violations().check(activities.containsKey(activityId), "activityId", "unknown",
                                      "no recorded activity has this id");
    }

    @CommandHandler
    public void handle(AddContactCommand command) {
        new Violations()
                .check(!contacts.contains(command.contactId()), "contactId", "unique",
                       "a contact with this id is already recorded")
                .check(contacts.size() < MAX_CONTACTS, "contacts", "max-size",
                       "a lead has at most " + MAX_CONTACTS + " contacts")
                .throwIfAny();
        apply(new ContactAddedEvent(leadId, command.contactId(), command.contact().stripped()));
    }

    @CommandHandler
    public void handle(ChangeContactCommand command) {
        knownContact(command.contactId()).throwIfAny();
        apply(new ContactChangedEvent(leadId, command.contactId(), command.contact().stripped()));
    }

    @CommandHandler
    public void handle(RemoveContactCommand command) {
        knownContact(command.contactId()).throwIfAny();
        apply(new ContactRemovedEvent(leadId, command.contactId()));
    }

    private Violations knownContact(String contactId) {
        return new Violations().check(contacts.contains(contactId), "contactId", "unknown",
                                      "no recorded contact has this id");
    }

    @CommandHandler
    public void handle(ScheduleFollowUpCommand command, @MetaDataValue(Actor.META_DATA_KEY) String actor) {
        new Violations()
                .check(!openFollowUps.containsKey(command.followUpId()), "followUpId", "unique",
                       "a follow-up with this id is already scheduled")
                .throwIfAny();
        String assignee = hasText(command.assignee()) ? command.assignee().strip() : actor;
        apply(new FollowUpScheduledEvent(leadId, command.followUpId(), command.nextStep().strip(), command.dueOn(),
                                         assignee));
    }

    @CommandHandler
    public void handle(CompleteFollowUpCommand command) {
        openFollowUp(command.followUpId()).throwIfAny();
        apply(new FollowUpCompletedEvent(leadId, command.followUpId(), stripped(command.outcome())));
    }

    @CommandHandler
    public void handle(RescheduleFollowUpCommand command) {
        openFollowUp(command.followUpId()).throwIfAny();
        apply(new FollowUpRescheduledEvent(leadId, command.followUpId(), openFollowUps.get(command.followUpId()),
                                           command.dueOn(), stripped(command.reason())));
    }

    private Violations openFollowUp(String followUpId) {
        return new Violations().check(openFollowUps.containsKey(followUpId), "followUpId", "unknown",
                                      "no open follow-up has this id");
    }

    @CommandHandler
    public void handle(PutLeadOnHoldCommand command) {
        new Violations().check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen()).throwIfAny();
        apply(new LeadPutOnHoldEvent(leadId, stage, command.reason().strip(), command.revisitOn()));
    }

    @CommandHandler
    public void handle(MarkLeadLostCommand command, Clock clock) {
        new Violations().check(status != LeadStatus.LOST, "status", "lost", "the lead is already lost").throwIfAny();
        apply(new LeadLostEvent(leadId, stage, command.reason(), stripped(command.detail()),
                                stripped(command.competingLocation()),
                                command.occurredOn() == null ? BureauTime.today(clock) : command.occurredOn()));
    }

    @CommandHandler
    public void handle(ReopenLeadCommand command) {
        new Violations().check(status != LeadStatus.OPEN, "status", "open", "the lead is open already").throwIfAny();
        apply(new LeadReopenedEvent(leadId, status, stage, stripped(command.comment())));
    }

    private String whyNotOpen() {
        return status == LeadStatus.LOST ? "the lead is lost: reopen it first" : "the lead is on hold: reopen it first";
    }

    @EventSourcingHandler
    void on(LeadReassignedEvent event) {
        owner = event.to();
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
        owner = event.owner();
        introducedBy = event.introducedBy();
        stage = Stage.LEAD;
        status = LeadStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadSourceChangedEvent event) {
        introducedBy = event.introducedBy();
    }

    @EventSourcingHandler
    void on(LeadTeamMemberAddedEvent event) {
        team.add(event.member());
    }

    @EventSourcingHandler
    void on(LeadTeamMemberRemovedEvent event) {
        team.remove(event.member());
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        contacts.add(event.contactId());
    }

    @EventSourcingHandler
    void on(ContactRemovedEvent event) {
        contacts.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(FollowUpScheduledEvent event) {
        openFollowUps.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpRescheduledEvent event) {
        openFollowUps.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpCompletedEvent event) {
        openFollowUps.remove(event.followUpId());
    }

    @EventSourcingHandler
    void on(ActivityLoggedEvent event) {
        activities.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityCorrectedEvent event) {
        activities.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityRetractedEvent event) {
        activities.remove(event.activityId());
    }

    @EventSourcingHandler
    void on(LeadNumbersUpdatedEvent event) {
        hasPlannedInvestment = event.plannedInvestment() != null;
        hasTargetZone = event.targetZone() != null;
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        agreementSignedOn = event.signedOn();
        agreementReference = event.reference();
    }

    @EventSourcingHandler
    void on(CompanyRegisteredEvent event) {
        registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(LeadPutOnHoldEvent event) {
        status = LeadStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(LeadLostEvent event) {
        status = LeadStatus.LOST;
    }

    @EventSourcingHandler
    void on(LeadReopenedEvent event) {
        status = LeadStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadMovedToStageEvent event) {
        stage = event.to();
    }
}
