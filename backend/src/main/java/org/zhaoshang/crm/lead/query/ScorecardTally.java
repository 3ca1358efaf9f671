package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/** Counts one ambassador's leads into a scorecard. A lead is signed once it has reached SIGNED, whatever came after. */
final class ScorecardTally {

    private final String ambassadorId;
    private final Map<Stage, Long> openByStage = new EnumMap<>(Stage.class);
    long leads;
    private long signed;
    private long lost;
    private long onHold;
    private BigDecimal signedInvestment = BigDecimal.ZERO;

    ScorecardTally(String ambassadorId) {
        this.ambassadorId = ambassadorId;
    }

    void add(LeadSummary lead) {
        leads++;
        if (lead.status() == LeadStatus.LOST) {
            lost++;
        } else if (lead.status() == LeadStatus.ON_HOLD) {
            onHold++;
        } else {
            openByStage.merge(lead.stage(), 1L, Long::sum);
        }
        if (lead.furthestStage().compareTo(Stage.SIGNED) >= 0) {
            signed++;
            if (lead.plannedInvestmentCnyWan() != null) {
                signedInvestment = signedInvestment.add(lead.plannedInvestmentCnyWan());
            }
        }
    }

    AmbassadorScorecard scorecard() {
        return new AmbassadorScorecard(ambassadorId, leads, Map.copyOf(openByStage), signed, lost, onHold,
                                       BigDecimal.valueOf(signed).divide(BigDecimal.valueOf(leads), 4,
                                                                         RoundingMode.HALF_UP),
                                       signedInvestment);
    }
}
