package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.time.LocalDate;
import java.util.Set;

/** The query parameters that filter leads, shared by the list and the board; see {@link LeadFilter}. */
public record LeadFilterParameters(Set<SourceMarket> market,
                                   Set<Stage> stage,
                                   Set<Channel> channel,
                                   Set<Industry> industry,
                                   Set<String> owner,
                                   Set<String> ambassador,
                                   Set<TargetZone> zone,
                                   Boolean fortune500,
                                   Set<LeadStatus> status,
                                   LocalDate identifiedFrom,
                                   LocalDate identifiedTo,
                                   LocalDate lastContactFrom,
                                   LocalDate lastContactTo,
                                   String q,
                                   LocalDate staleSince) {

    LeadFilter toFilter() {
        return new LeadFilter(market, stage, channel, industry, owner, ambassador, zone, fortune500, status,
                              identifiedFrom, identifiedTo, lastContactFrom, lastContactTo, q, staleSince);
    }
}
