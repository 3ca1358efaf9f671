package org.zhaoshang.crm.performance.api;

import java.math.BigDecimal;

/**
 * One rate of a slice: its fraction and the projects on each side.
 *
 * @param numerator     projects counted, or for {@link Rate#CAPITAL_ARRIVAL_AMOUNT} verified capital arrived (万元)
 * @param denominator   projects due, or for {@link Rate#CAPITAL_ARRIVAL_AMOUNT} capital due (万元)
 * @param value         numerator / denominator, four decimals; null when nothing is due
 * @param numeratorProjects   how many projects are behind the numerator (the drill-down's length)
 * @param denominatorProjects how many projects are behind the denominator
 */
public record Figure(Rate rate, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                     long numeratorProjects, long denominatorProjects) {
}
