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
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.command.ImportedStage;
import org.zhaoshang.crm.lead.api.command.MoveImportedLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordStageDataCommand;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
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
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.command.ValidatedCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.messaging.ActorMetaDataConfiguration.IMPORT_FILE_KEY;
import static org.zhaoshang.crm.messaging.ActorMetaDataConfiguration.IMPORT_ROW_KEY;
import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * A company the bureau is courting, from first identification to an operating project. Who may change it is decided
 * by {@link LeadAccess} before any command handler runs, then the command checks its own input
 * ({@link ValidatedCommand}); the handlers decide only what needs the lead's state. Its activities, contacts,
 * follow-ups and progress toward the stage gates are members of the aggregate, each with its own handlers
 * ({@link StageProgress} decides the moves). Revision 3 (the members) changed the state's shape: older snapshots are
 * ignored.
 */
@Revision("3")
@Aggregate(snapshotTriggerDefinition = "leadSnapshotTrigger", cache = "leadCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Lead {

    @AggregateIdentifier
    private String leadId;
    private Stage stage;
    private LeadStatus status;
    private String owner;
    private String introducedBy;
    private final Set<String> team = new HashSet<>();
    /** The cells of the lead's last import record (its remarks, its other columns); none if it has none. */
    private List<List<SheetCell>> importedCells = List.of();
    @AggregateMember
    private final Activities activities = new Activities();
    @AggregateMember
    private final Contacts contacts = new Contacts();
    @AggregateMember
    private final OpenFollowUps openFollowUps = new OpenFollowUps();
    @AggregateMember
    private final StageProgress progress = new StageProgress();

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
        Object result = chain.proceed();
        progress.completions(leadId, activities.includeAVisit()).forEach(AggregateLifecycle::apply);
        return result;
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
    public ImportedStage handle(ImportLeadCommand command, AmbassadorDirectory ambassadors, Clock clock,
                                MetaData metaData) {
        create(command.create(), ambassadors, clock, metaData);
        if (command.numbers() != null) {
            checkInput(command.numbers(), clock);
            handle(command.numbers());
        }
        for (AddContactCommand contact : command.contacts()) {
            checkInput(contact, clock);
            contacts.handle(contact);
        }
        for (LogActivityCommand activity : command.activities()) {
            checkInput(activity, clock);
            activities.handle(activity);
        }
        ImportedStage imported = null;
        if (command.move() != null) {
            checkInput(command.move(), clock);
            imported = moveImported(command.move(), command.stagePolicy(), clock, metaData);
        }
        if (command.record() != null) {
            checkInput(command.record(), clock);
            handle(command.record(), clock);
        }
        if (command.hold() != null) {
            checkInput(command.hold(), clock);
            handle(command.hold());
        }
        if (command.lost() != null) {
            checkInput(command.lost(), clock);
            handle(command.lost(), clock);
        }
        if (command.dryRun()) {
            throw new ImportCheckPassedException(command.leadId(), imported);
        }
        return imported;
    }

    /** A lead imported before, moved on to the later stage its sheet gives now. */
    @CommandHandler
    public ImportedStage handle(MoveImportedLeadCommand command, Clock clock, MetaData metaData) {
        new Violations().check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen()).throwIfAny();
        ImportedStage imported = moveImported(command.move(), command.stagePolicy(), clock, metaData);
        if (command.dryRun()) {
            throw new ImportCheckPassedException(leadId, imported);
        }
        return imported;
    }

    private ImportedStage moveImported(MoveLeadToStageCommand move, StagePolicy policy, Clock clock,
                                       MetaData metaData) {
        Object row = metaData.get(IMPORT_ROW_KEY);
        StageProgress.ImportedMove imported = progress.importedMove(
                leadId, stage, activities.includeAVisit(), move, policy, BureauTime.today(clock),
                (String) metaData.get(IMPORT_FILE_KEY), row instanceof Number number ? number.intValue() : null);
        imported.events().forEach(AggregateLifecycle::apply);
        return imported.stage();
    }

    /** The agreement or the registration of a lead placed at SIGNED or LANDED without them, without moving it. */
    @CommandHandler
    public void handle(RecordStageDataCommand command) {
        progress.record(leadId, stage, command).forEach(AggregateLifecycle::apply);
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
        progress.move(leadId, stage, activities.includeAVisit(), command, BureauTime.today(clock))
                .forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(UpdateLeadNumbersCommand command) {
        apply(new LeadNumbersUpdatedEvent(leadId, command.plannedInvestment(), command.landAreaMu(),
                                          command.floorSpaceM2(), command.expectedAnnualTaxWan(),
                                          command.expectedJobs(), command.targetZone(),
                                          stripped(command.targetBuilding())));
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

    /**
     * Keeps a row's remarks and unmapped columns. A row imported again with the same ones records nothing: the lead
     * has them already.
     */
    @CommandHandler
    public void handle(RecordLeadImportCommand command, Clock clock) {
        if (command.isEmpty() || importedCells.equals(cellsOf(command.remarks(), command.otherColumns()))) {
            return;
        }
        apply(new LeadImportRecordedEvent(leadId, command.file().strip(), command.row(), BureauTime.today(clock),
                                          strippedCells(command.remarks()), strippedCells(command.otherColumns())));
    }

    private static List<SheetCell> strippedCells(List<SheetCell> cells) {
        return cells.stream().map(cell -> new SheetCell(cell.header().strip(), cell.text().strip())).toList();
    }

    /** The cells of an import record (remarks, other columns), to compare a row imported again with. */
    private static List<List<SheetCell>> cellsOf(List<SheetCell> remarks, List<SheetCell> otherColumns) {
        return List.of(strippedCells(remarks), strippedCells(otherColumns));
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
    void on(LeadImportRecordedEvent event) {
        importedCells = cellsOf(event.remarks(), event.otherColumns());
    }

    @EventSourcingHandler
    void on(LeadMovedToStageEvent event) {
        stage = event.to();
    }
}
