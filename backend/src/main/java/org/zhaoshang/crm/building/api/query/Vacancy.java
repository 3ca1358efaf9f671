package org.zhaoshang.crm.building.api.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Floor space by unit status, m², against the commercial area.
 *
 * @param vacantAreaM2   vacant units, and reserved ones whose reservation's day has passed
 * @param reservedAreaM2 units reserved for a lead (their reservation's day not passed)
 * @param vacancyRate    the space not let, (vacant + reserved area) / commercial area, 0 to 1 (more when the units
 *                       add up to more than the commercial area), 4 decimals; null without a commercial area
 */
public record Vacancy(BigDecimal commercialAreaM2, BigDecimal vacantAreaM2, BigDecimal reservedAreaM2,
                      BigDecimal letAreaM2, BigDecimal vacancyRate) {

    public static final Vacancy NONE = of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The areas with their rate. */
    public static Vacancy of(BigDecimal commercialAreaM2, BigDecimal vacantAreaM2, BigDecimal reservedAreaM2,
                             BigDecimal letAreaM2) {
        BigDecimal rate = commercialAreaM2 == null || commercialAreaM2.signum() <= 0 ? null
                : vacantAreaM2.add(reservedAreaM2).divide(commercialAreaM2, 4, RoundingMode.HALF_UP);
        return new Vacancy(commercialAreaM2, vacantAreaM2, reservedAreaM2, letAreaM2, rate);
    }

    /** Both together: a zone's or the district's from its buildings'. */
    public Vacancy plus(Vacancy other) {
        return of(commercialAreaM2.add(other.commercialAreaM2), vacantAreaM2.add(other.vacantAreaM2),
                  reservedAreaM2.add(other.reservedAreaM2), letAreaM2.add(other.letAreaM2));
    }
}
