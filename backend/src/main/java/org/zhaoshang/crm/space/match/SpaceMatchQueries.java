package org.zhaoshang.crm.space.match;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.space.api.FindLeadMatchesQuery;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.LeadMatches;
import org.zhaoshang.crm.space.api.LeadMatches.LeadMatch;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.space.api.SpaceNeed;
import org.zhaoshang.crm.space.match.FreeSpace.IndexedBuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matching asked: a lead's need (folded from its own events, never behind a change just made) against the free space
 * in memory; a building's free space against the candidate leads the caller sees. Both answer vacant units only: no
 * tenants, no tax figures.
 */
@Component
class SpaceMatchQueries {

    private static final SpaceNeed NOTHING_GIVEN = new SpaceNeed(null, null, null, null);

    private final FreeSpaceIndex index;
    private final ProjectLeads leads;
    private final Clock clock;

    SpaceMatchQueries(FreeSpaceIndex index, ProjectLeads leads, Clock clock) {
        this.index = index;
        this.leads = leads;
        this.clock = clock;
    }

    /** Whoever sees the lead, ambassadors included; a lead the caller does not see is none (null). */
    @QueryHandler
    SpaceMatches handle(FindSpaceMatchesQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        SpaceNeed given = query.given() == null ? NOTHING_GIVEN : query.given();
        given.validate(limited(new Violations(), query.limit())).throwIfAny();
        LeadState lead = leads.now(query.leadId());
        if (!lead.exists() || !LeadVisibility.sees(caller, lead.introducedBy(), lead.team())) {
            return null;
        }
        SpaceNeed need = new SpaceNeed(lead.figures().floorSpaceM2(), lead.figures().targetZone(),
                                       lead.company() == null ? null : lead.company().industry(), null)
                .overriddenBy(given);
        return new SpaceMatches(lead.leadId(), need, SpaceMatcher.matches(index.space(), need, today(),
                                                                          limit(query.limit())));
    }

    /** The bureau's (staff, managers, leaders), listing the leads the caller sees; an unknown building is none. */
    @QueryHandler
    LeadMatches handle(FindLeadMatchesQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("Leads for a building", Role.STAFF, Role.MANAGER, Role.LEADER);
        limited(new Violations(), query.limit()).throwIfAny();
        FreeSpace space = index.space();
        IndexedBuilding building = query.buildingId() == null ? null : space.building(query.buildingId());
        if (building == null) {
            return null;
        }
        LocalDate today = today();
        List<LeadMatch> found = new ArrayList<>();
        for (KeptLead lead : index.candidates()) {
            if (space.tenant(lead.leadId()) || !LeadVisibility.sees(caller, lead.introducedBy(), lead.team())) {
                continue;
            }
            SpaceMatch best = SpaceMatcher.best(building, lead.need(), today);
            if (best != null) {
                found.add(new LeadMatch(lead.leadId(), lead.companyName(), lead.stage(), lead.market(), lead.owner(),
                                        lead.need(), best));
            }
        }
        return new LeadMatches(building.building().buildingId(), found.stream().sorted(
                Comparator.comparingInt((LeadMatch match) -> match.best().score()).reversed()
                          .thenComparing(LeadMatch::leadId)).limit(limit(query.limit())).toList());
    }

    private static Violations limited(Violations violations, Integer limit) {
        return violations.between("limit", limit, 1, FindSpaceMatchesQuery.MAX_LIMIT);
    }

    private static int limit(Integer limit) {
        return limit == null ? FindSpaceMatchesQuery.DEFAULT_LIMIT : limit;
    }

    private LocalDate today() {
        return BureauTime.today(clock);
    }
}
