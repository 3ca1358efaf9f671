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
import org.zhaoshang.crm.project.api.query.FindLeadStageFloorQuery;
import org.zhaoshang.crm.project.api.query.StageFloor;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.shared.api.Violations;

/**
 * A lead's stage never goes back behind its projects' verified milestones: a verified "registered" keeps the lead at
 * LANDED or later, a verified "operating" at OPERATING. Checked where the command is handled, before the lead, so the
 * Lead aggregate knows nothing of projects. Asked for the bureau's callers only: ambassadors never move a lead at
 * LANDED or later, and a lead they do not see must answer them as unknown, not by its milestones.
 */
@Configuration(proxyBeanMethods = false)
public class LeadStagesFollowMilestones {

    @Bean
    SmartInitializingSingleton leadStagesBehindVerifiedMilestonesRefused(ObjectProvider<CommandBus> commandBus,
                                                                          ObjectProvider<QueryGateway> queries) {
        MessageHandlerInterceptor<CommandMessage<?>> guard = (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof MoveLeadToStageCommand move && move.to() != null
                && move.to().compareTo(Stage.OPERATING) < 0
                && Caller.from(unitOfWork.getMessage().getMetaData()).seesAllLeads()) {
                check(move, queries.getObject());
            }
            return chain.proceed();
        };
        return () -> commandBus.getObject().registerHandlerInterceptor(guard);
    }

    private static void check(MoveLeadToStageCommand move, QueryGateway queries) {
        Stage floor = queries.query(new FindLeadStageFloorQuery(move.leadId()),
                                    ResponseTypes.instanceOf(StageFloor.class)).join().stage();
        new Violations().check(floor == null || move.to().compareTo(floor) >= 0, "to", "verified-milestone",
                               "a verified (认定) milestone of the lead's signed projects keeps it at " + floor
                               + " or later")
                        .throwIfAny();
    }
}
