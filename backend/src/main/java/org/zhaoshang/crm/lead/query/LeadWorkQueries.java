package org.zhaoshang.crm.lead.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecards;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindAmbassadorScorecardsQuery;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.query.FindFollowUpsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.query.FollowUps;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.List;
import java.util.Set;

/**
 * The board, the follow-up queues, the data to complete and the ambassadors' scorecards, all answered from the lead
 * list's index.
 */
@Component
class LeadWorkQueries {

    private final LeadSummaryProjection leads;

    LeadWorkQueries(LeadSummaryProjection leads) {
        this.leads = leads;
    }

    @QueryHandler
    PipelineBoard handle(FindPipelineBoardQuery query, MetaData metaData) {
        LeadScope scope = LeadScope.of(Caller.from(metaData));
        Violations violations = new Violations().check(
                query.cardsPerStage() >= 0 && query.cardsPerStage() <= FindPipelineBoardQuery.MAX_CARDS_PER_STAGE,
                "cardsPerStage", "range", "must be between 0 and " + FindPipelineBoardQuery.MAX_CARDS_PER_STAGE);
        query.filter().validate(violations);
        violations.throwIfAny();
        return leads.loadedIndex().board(query.filter().withStatusesIfNone(Set.of(LeadStatus.OPEN)), scope,
                                         query.cardsPerStage());
    }

    @QueryHandler
    FollowUps handle(FindFollowUpsQuery query, MetaData metaData) {
        LeadScope scope = LeadScope.of(Caller.from(metaData));
        new Violations().required("today", query.today()).throwIfAny();
        List<FollowUpItem> all = leads.loadedIndex().followUps(query.assignee(), scope);
        return new FollowUps(
                all.stream().filter(item -> item.followUp().dueOn().isBefore(query.today())).toList(),
                all.stream().filter(item -> item.followUp().dueOn().isEqual(query.today())).toList(),
                all.stream().filter(item -> item.followUp().dueOn().isAfter(query.today())).toList());
    }

    @QueryHandler
    DataToComplete handle(FindDataToCompleteQuery query, MetaData metaData) {
        LeadScope scope = LeadScope.of(Caller.from(metaData));
        new Violations()
                .check(query.page() >= 0, "page", "min", "must be 0 or more")
                .check(query.size() >= 1 && query.size() <= FindDataToCompleteQuery.MAX_PAGE_SIZE, "size", "range",
                       "must be between 1 and " + FindDataToCompleteQuery.MAX_PAGE_SIZE)
                .throwIfAny();
        String owner = query.owner() == null || query.owner().isBlank() ? null : query.owner().strip();
        return leads.loadedIndex().dataToComplete(owner, scope, query.page(), query.size());
    }

    @QueryHandler
    AmbassadorScorecards handle(FindAmbassadorScorecardsQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("Scorecards", Role.MANAGER, Role.AMBASSADOR);
        List<AmbassadorScorecard> all = leads.loadedIndex().scorecards();
        return new AmbassadorScorecards(caller.has(Role.MANAGER) ? all : all.stream().filter(
                card -> card.ambassadorId().equals(caller.ambassadorId())).toList());
    }
}
