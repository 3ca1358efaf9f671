package org.zhaoshang.crm.importing.api;

import org.zhaoshang.crm.lead.api.value.StagePolicy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How to read a sheet.
 *
 * @param mapping    header to field, for the headers it names; the others are recognised from their words
 * @param ratesToCny CNY per unit of each foreign currency the sheet's amounts use (USD, HKD, GBP, JPY, KRW, EUR)
 * @param stagePolicy what to do with a row whose stage lacks what the stage gates ask for; AS_RECORDED if null
 * @param bareNumbersInYuan an amount in CNY without a unit (120000000) is in 元, not in 万元
 */
public record ImportOptions(Map<String, ImportField> mapping, Map<String, BigDecimal> ratesToCny,
                            StagePolicy stagePolicy, boolean bareNumbersInYuan) {

    public static final ImportOptions RECOGNISED = new ImportOptions(Map.of(), Map.of());

    public ImportOptions {
        stagePolicy = stagePolicy == null ? StagePolicy.AS_RECORDED : stagePolicy;
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ratesToCny = ratesToCny == null ? Map.of() : Map.copyOf(ratesToCny);
    }

    public ImportOptions(Map<String, ImportField> mapping, Map<String, BigDecimal> ratesToCny) {
        this(mapping, ratesToCny, null, false);
    }
}
