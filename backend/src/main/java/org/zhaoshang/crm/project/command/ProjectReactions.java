package org.zhaoshang.crm.project.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.command.RecordStageMilestoneCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.command.WithdrawProjectCommand;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.math.BigDecimal;
import java.util.List;

/**
 * Keeps leads and their signed projects in step, as the application in the name of whoever caused it:
 * <ul>
 * <li>a lead's move into SIGNED (or past it) begins its first project, from the agreement and the lead's figures as
 * they were at that move; the project's id comes from the lead and the agreement, and signing an existing project does
 * nothing, so a replay or a second node creates nothing twice;</li>
 * <li>a move into LANDED records the "registered" milestone (the day of registration), a move into OPERATING the
 * "operating" one, on that project, for verification, unless it has them already;</li>
 * <li>a verified "registered" or "operating" milestone moves its open lead up to LANDED or OPERATING;</li>
 * <li>a lead's move back behind SIGNED, or its loss at SIGNED or later, withdraws its first project unless a milestone
 * of it is verified; its move back into SIGNED, or its reopening there, with the same agreement reinstates it (a new
 * agreement begins a new project: its id comes from the agreement).</li>
 * </ul>
 * Its own processor (not a read model: a rebuild of the read models does not replay it). A refusal (a lead on hold, a
 * project from before) is logged and passed over: retrying would not change it.
 */
@Component
@ProcessingGroup(ProjectReactions.PROCESSING_GROUP)
class ProjectReactions {

    static final String PROCESSING_GROUP = "project-reactions";
    private static final Logger log = LoggerFactory.getLogger(ProjectReactions.class);

    private final CommandGateway commands;
    private final ProjectLeads leads;

    ProjectReactions(CommandGateway commands, ProjectLeads leads) {
        this.commands = commands;
        this.leads = leads;
    }

    @EventHandler
    void on(LeadMovedToStageEvent event, @SequenceNumber long sequence, MetaData metaData) {
        if (event.to().compareTo(Stage.SIGNED) < 0) {
            if (event.from().compareTo(Stage.SIGNED) >= 0) {
                withdraw(event.leadId(), sequence, "moved back from " + event.from() + " to " + event.to()
                                                   + (event.comment() == null ? "" : ": " + event.comment()), metaData);
            }
            return;
        }
        LeadState lead = leads.asOf(event.leadId(), sequence);
        LeadState.Agreement agreement = lead.agreement();
        if (agreement.signedOn() == null || agreement.reference() == null) {
            return;
        }
        String projectId = ProjectLeads.firstProjectId(lead.leadId(), agreement.signedOn(), agreement.reference());
        Object actor = metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM);
        if (enters(event, Stage.SIGNED)) {
            send(new SignProjectCommand(projectId, lead.leadId(),
                                        new ProjectAgreement(agreement.signedOn(), agreement.reference(),
                                                             AgreementBasis.FIRST_SIGNING),
                                        firstCommitments(lead.figures())), actor);
        }
        if (enters(event, Stage.LANDED) && lead.registeredOn() != null) {
            send(new RecordStageMilestoneCommand(projectId, "lead-" + sequence + "-registered", Milestone.REGISTERED,
                                                 lead.registeredOn()), actor);
        }
        if (enters(event, Stage.OPERATING)) {
            send(new RecordStageMilestoneCommand(projectId, "lead-" + sequence + "-operating", Milestone.OPERATING,
                                                 event.occurredOn()), actor);
        }
    }

    @EventHandler
    void on(LeadLostEvent event, @SequenceNumber long sequence, MetaData metaData) {
        if (event.stage() != null && event.stage().compareTo(Stage.SIGNED) >= 0) {
            withdraw(event.leadId(), sequence, "lost at " + event.stage() + ": " + event.reason()
                                               + (event.detail() == null ? "" : ", " + event.detail()), metaData);
        }
    }

    /** A lost lead reopened at SIGNED or later has its withdrawn first project back. */
    @EventHandler
    void on(LeadReopenedEvent event, @SequenceNumber long sequence, MetaData metaData) {
        if (event.stage() == null || event.stage().compareTo(Stage.SIGNED) < 0) {
            return;
        }
        LeadState lead = leads.asOf(event.leadId(), sequence);
        LeadState.Agreement agreement = lead.agreement();
        if (agreement.signedOn() != null && agreement.reference() != null) {
            send(new SignProjectCommand(ProjectLeads.firstProjectId(lead.leadId(), agreement.signedOn(),
                                                                    agreement.reference()), lead.leadId(),
                                        new ProjectAgreement(agreement.signedOn(), agreement.reference(),
                                                             AgreementBasis.FIRST_SIGNING),
                                        firstCommitments(lead.figures())),
                 metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
        }
    }

    @EventHandler
    void on(ProgressVerifiedEvent event, MetaData metaData) {
        Milestone milestone = event.fact().milestone(); // null for capital, tax and jobs: Map.of refuses a null key
        Stage stage = milestone == null ? null : SignedProject.STAGE_OF_MILESTONE.get(milestone);
        if (stage == null) {
            return;
        }
        LeadState lead = leads.now(event.leadId());
        if (!lead.exists() || lead.status() != LeadStatus.OPEN || lead.stage().compareTo(stage) >= 0) {
            return;
        }
        boolean registers = event.fact().milestone() == Milestone.REGISTERED && lead.registeredOn() == null;
        send(new MoveLeadToStageCommand(lead.leadId(), stage, event.fact().day(),
                                        "认定 " + event.fact().milestone() + " (" + event.projectId() + ")",
                                        null, null, registers ? event.fact().day() : null, null),
             metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
    }

    /**
     * The lead's first project, from the agreement the lead had when it left SIGNED, is withdrawn (the aggregate keeps
     * one with a verified milestone). Further agreements (二期, 增资) are agreements of their own and stand.
     */
    private void withdraw(String leadId, long sequence, String reason, MetaData metaData) {
        LeadState.Agreement agreement = leads.asOf(leadId, sequence).agreement();
        if (agreement.signedOn() == null || agreement.reference() == null) {
            return;
        }
        send(new WithdrawProjectCommand(ProjectLeads.firstProjectId(leadId, agreement.signedOn(),
                                                                    agreement.reference()), reason),
             metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
    }

    /** The lead's figures at the signing, as the project's first commitments: land makes it a land project. */
    private static Commitments firstCommitments(LeadState.Figures figures) {
        boolean land = figures.landAreaMu() != null && figures.landAreaMu().compareTo(BigDecimal.ZERO) > 0;
        return new Commitments(land ? ProjectKind.LAND : ProjectKind.OFFICE, null, figures.plannedInvestment(),
                               List.of(), List.of(), figures.expectedAnnualTaxWan(), figures.expectedJobs(),
                               figures.landAreaMu(), figures.floorSpaceM2(), figures.targetZone(),
                               figures.targetBuilding());
    }

    private static boolean enters(LeadMovedToStageEvent event, Stage stage) {
        return event.from().compareTo(stage) < 0 && event.to().compareTo(stage) >= 0;
    }

    private void send(Object command, Object actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                      .withMetaData(MetaData.with(Actor.META_DATA_KEY, actor)));
        } catch (InvalidInputException | NotPermittedException | NotFoundException | AggregateNotFoundException refused) {
            log.warn("{} refused: {}", command.getClass().getSimpleName(), refused.getMessage());
        }
    }
}
