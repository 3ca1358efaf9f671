package org.zhaoshang.crm.space.api;

import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;

/** The leads that would fit a building, best first. */
public record LeadMatches(String buildingId, List<LeadMatch> leads) {

    public LeadMatches {
        leads = List.copyOf(leads);
    }

    /**
     * @param companyName its company's shown name
     * @param best        the building's best units for it
     */
    public record LeadMatch(String leadId, String companyName, Stage stage, SourceMarket market, String owner,
                            SpaceNeed need, SpaceMatch best) {
    }
}
