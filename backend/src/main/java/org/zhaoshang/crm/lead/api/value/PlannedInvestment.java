package org.zhaoshang.crm.lead.api.value;

import java.math.BigDecimal;
import java.util.List;

/**
 * A planned investment as the company stated it and in CNY.
 *
 * @param amountWan the amount in 万 (ten thousands) of {@code currency}, as bureaus write it ("美元300万": 300)
 * @param currency  ISO 4217 code
 * @param rateToCny CNY per one unit of the currency on the day it was recorded (1 for CNY)
 * @param cnyWan    the amount in 万元 of CNY: amountWan × rateToCny, two decimals
 */
public record PlannedInvestment(BigDecimal amountWan, String currency, BigDecimal rateToCny, BigDecimal cnyWan) {

    /** The currencies a planned investment may be given in. */
    /** CNY per unit of a foreign currency: every currency taken is worth less than 100 CNY. */
    public static final long MAX_RATE_TO_CNY = 100;
    public static final List<String> CURRENCIES = List.of("CNY", "USD", "HKD", "GBP", "EUR", "JPY", "KRW");
}
