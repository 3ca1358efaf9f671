package org.zhaoshang.crm.conversion.api;

import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Conversion history of a period, one row per value of the dimension asked for. */
public record ConversionReport(List<Row> rows) {

    /**
     * @param value   the dimension's value ("*" for ALL)
     * @param winRate of the leads closed in the period, the share won: signed / (signed + lost), both counted by the
     *                day they happened in the period, whenever the leads were identified (a cohort's share signed is
     *                in the cohort report); four decimals, null when none was closed
     */
    public record Row(String value, List<StageFigures> stages, BigDecimal winRate, Map<LossReason, Long> lostByReason,
                      Map<String, Long> lostTo, long held, long revived) {
    }

    /**
     * @param entered          leads that reached the stage for the first time in the period
     * @param advanced         of those, the leads that reached the next stage (by now, or by the day looked back to)
     * @param conversionToNext advanced / entered, four decimals; null when none entered
     * @param medianDays       of the stays in the stage that began in the period and have ended, the median length
     * @param p75Days          and the 75th percentile
     * @param enteredAsRecorded of the leads entered, those an import placed at the stage without its gate's data
     *                         (the stage as the bureau's sheet recorded it, not a gate passed here)
     */
    public record StageFigures(Stage stage, long entered, long advanced, BigDecimal conversionToNext,
                               Integer medianDays, Integer p75Days, long enteredAsRecorded) {
    }
}
