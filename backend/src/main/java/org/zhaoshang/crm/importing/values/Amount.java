package org.zhaoshang.crm.importing.values;

import java.math.BigDecimal;

/**
 * A planned investment as a lead records it: an amount in 万 of its currency, and the CNY rate of a foreign one.
 *
 * @param rateToCny null for CNY
 */
public record Amount(BigDecimal wan, String currency, BigDecimal rateToCny) {
}
