package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.Stage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What became of the leads an ambassador or partner introduced.
 *
 * @param openByStage             the open leads (not on hold, not lost) by their stage
 * @param signed                  leads that reached SIGNED (or LANDED, OPERATING)
 * @param conversionRate          signed / leads, as a fraction with four decimals
 * @param signedInvestmentCnyWan  the planned investment of the signed leads together, in 万元
 */
public record AmbassadorScorecard(String ambassadorId, long leads, Map<Stage, Long> openByStage, long signed,
                                  long lost, long onHold, BigDecimal conversionRate,
                                  BigDecimal signedInvestmentCnyWan) {

    /** The scorecard of one who has introduced no lead yet. */
    public static AmbassadorScorecard none(String ambassadorId) {
        return new AmbassadorScorecard(ambassadorId, 0, Map.of(), 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
