package org.zhaoshang.crm.space.match;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.space.api.SpaceNeed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What matching keeps of a lead: who sees it, where it stands and what it needs. Folded by {@link LeadState} itself
 * ({@link #state()} gives it back what it needs to apply the next event that touches these fields).
 */
record KeptLead(String leadId, Company company, SourceMarket market, Channel channel, String introducedBy,
                String owner, List<String> team, Stage stage, Stage furthestStage, LeadStatus status,
                BigDecimal floorSpaceM2, TargetZone targetZone) {

    KeptLead {
        team = team == null ? List.of() : List.copyOf(team);
    }

    static KeptLead of(LeadState lead) {
        return new KeptLead(lead.leadId(), lead.company(), lead.market(), lead.channel(), lead.introducedBy(),
                            lead.owner(), lead.team(), lead.stage(), lead.furthestStage(), lead.status(),
                            lead.figures().floorSpaceM2(), lead.figures().targetZone());
    }

    LeadState state() {
        return new LeadState(leadId, company, market, channel, introducedBy, owner, team, stage, furthestStage, status,
                             null, null, null, null,
                             new LeadState.Figures(null, null, floorSpaceM2, null, null, targetZone, null),
                             LeadState.Assessment.NONE, LeadState.Agreement.NONE, null, LeadState.Hold.NONE,
                             LeadState.Loss.NONE, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Open (not lost) with a floor space need: a lead a building's units may be matched to. */
    boolean candidate() {
        return status != LeadStatus.LOST && floorSpaceM2 != null && floorSpaceM2.signum() > 0;
    }

    SpaceNeed need() {
        return new SpaceNeed(floorSpaceM2, targetZone, company == null ? null : company.industry(), null);
    }

    String companyName() {
        return Company.shownName(company);
    }
}
