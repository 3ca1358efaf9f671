package org.zhaoshang.crm.building.api.query;

import java.math.BigDecimal;

/**
 * Floor space by unit status, m², against the commercial area.
 *
 * @param vacancyRate vacant (and lapsed-reserved) area / commercial area, 0 to 1, 4 decimals; null without a commercial
 *                    area
 */
public record Vacancy(BigDecimal commercialAreaM2, BigDecimal vacantAreaM2, BigDecimal reservedAreaM2,
                      BigDecimal letAreaM2, BigDecimal vacancyRate) {
}
