package org.zhaoshang.crm.project.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.concurrent.CompletionException;

/**
 * A lead's stage never goes back behind its projects' verified milestones: a verified "registered" keeps the lead at
 * LANDED or later, a verified "operating" at OPERATING. Checked where the command is handled, before the lead, so the
 * Lead aggregate knows nothing of projects.
 */
@Configuration(proxyBeanMethods = false)
public class LeadStagesFollowMilestones {

    @Bean
    SmartInitializingSingleton leadStagesBehindVerifiedMilestonesRefused(ObjectProvider<CommandBus> commandBus,
                                                                          ObjectProvider<QueryGateway> queries) {
        MessageHandlerInterceptor<CommandMessage<?>> guard = (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof MoveLeadToStageCommand move && move.to() != null
                && move.to().compareTo(Stage.OPERATING) < 0) {
                check(move, queries.getObject());
            }
            return chain.proceed();
        };
        return () -> commandBus.getObject().registerHandlerInterceptor(guard);
    }

    private static void check(MoveLeadToStageCommand move, QueryGateway queries) {
        LeadProjects projects;
        try {
            projects = queries.query(new FindLeadProjectsQuery(move.leadId()),
                                     ResponseTypes.instanceOf(LeadProjects.class)).join();
        } catch (CompletionException failure) {
            if (refused(failure)) {
                return; // a caller without lead data: the lead refuses them
            }
            throw failure;
        }
        if (projects == null) {
            return; // a lead the caller does not see: the lead answers that
        }
        Violations violations = new Violations();
        for (ProjectView project : projects.projects()) {
            for (ProgressEntry entry : project.progress()) {
                Stage stage = entry.state() == VerificationState.APPROVED
                              && entry.fact().kind() == ProgressKind.MILESTONE
                              ? SignedProject.STAGE_OF_MILESTONE.get(entry.fact().milestone()) : null;
                violations.check(stage == null || move.to().compareTo(stage) >= 0, "to", "verified-milestone",
                                 "the milestone " + entry.fact().milestone() + " of project "
                                 + project.agreement().reference() + " is verified (认定): the lead stays at "
                                 + stage + " or later");
            }
        }
        violations.throwIfAny();
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotPermittedException) {
                return true;
            }
        }
        return false;
    }
}
