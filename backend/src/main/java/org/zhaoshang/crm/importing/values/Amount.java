package org.zhaoshang.crm.importing.values;

import java.math.BigDecimal;

/**
 * A planned investment as a lead records it: an amount in 万 of its currency, and the CNY rate of a foreign one.
 *
 * @param rateToCny   null for CNY
 * @param approximate the sheet says it is approximate (约800万, about 8m)
 */
public record Amount(BigDecimal wan, String currency, BigDecimal rateToCny, boolean approximate) {

    public Amount(BigDecimal wan, String currency, BigDecimal rateToCny) {
        this(wan, currency, rateToCny, false);
    }

    /** The amount in 万元 of CNY. */
    public BigDecimal cnyWan() {
        return rateToCny == null ? wan : wan.multiply(rateToCny);
    }
}
