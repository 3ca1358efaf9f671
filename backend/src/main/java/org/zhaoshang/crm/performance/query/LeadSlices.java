package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.state.LeadState;

/**
 * What performance is sliced by and who answers for a project, taken from its lead as the lead is now (as conversion
 * history slices by the lead's values now).
 */
record LeadSlices(String companyName, String market, String channel, String industry, String ambassador,
                  String owner, String responsibleLeader) {

    static final LeadSlices NONE = new LeadSlices(null, null, null, null, null, null, null);

    static LeadSlices of(LeadState lead) {
        if (!lead.exists()) {
            return NONE;
        }
        String name = Company.shownName(lead.company());
        return new LeadSlices(name, lead.market() == null ? null : lead.market().name(),
                              lead.channel() == null ? null : lead.channel().name(),
                              lead.company() == null || lead.company().industry() == null ? null
                                      : lead.company().industry().name(),
                              lead.introducedBy(), lead.owner(),
                              lead.assessment() == null ? null : lead.assessment().responsibleLeader());
    }

    /** The value of a slicing dimension ("*" for ALL, "" when the lead has none). */
    String valueOf(ConversionDimension dimension) {
        String value = switch (dimension) {
            case ALL -> "*";
            case MARKET -> market;
            case CHANNEL -> channel;
            case INDUSTRY -> industry;
            case AMBASSADOR -> ambassador;
            case OWNER -> owner;
        };
        return value == null ? "" : value;
    }
}
