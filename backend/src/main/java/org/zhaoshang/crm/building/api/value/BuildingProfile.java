package org.zhaoshang.crm.building.api.value;

import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a building is, apart from its units and tax.
 *
 * @param nameZh           the Chinese name (required)
 * @param nameEn           the English name, if it has one
 * @param operator         the owner or operator (产权方/运营方)
 * @param manager          the user id of its building manager (楼长), if one is named
 * @param totalAreaM2      the building's whole floor space
 * @param commercialAreaM2 the floor space for tenants (商务面积): vacancy and tax per m² are measured against it
 * @param floorsAbove      floors above ground
 * @param floorsBelow      floors below ground
 * @param themes           the industries it is themed for (律师楼: PROFESSIONAL_SERVICES, 金融楼: INDUSTRIAL_FINANCE)
 */
public record BuildingProfile(String nameZh, String nameEn, BuildingKind kind, TargetZone zone, String address,
                              String operator, String manager, BigDecimal totalAreaM2, BigDecimal commercialAreaM2,
                              int floorsAbove, int floorsBelow, Set<Industry> themes) {

    public static final long MAX_AREA_M2 = 10_000_000;
    public static final int MAX_FLOORS_ABOVE = 200;
    public static final int MAX_FLOORS_BELOW = 20;

    public BuildingProfile {
        // in the enum's order: Set.copyOf's order changes from one JVM to the next, and documents would too
        themes = Collections.unmodifiableSet(themes == null || themes.isEmpty() ? EnumSet.noneOf(Industry.class)
                                                                                : EnumSet.copyOf(themes));
    }

    /** The name shown in a language: English when asked for and known, else Chinese. */
    public String shownName(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public Violations validate(Violations violations) {
        violations.required("nameZh", nameZh).maxLength("nameZh", nameZh, Violations.MAX_NAME_LENGTH)
                  .maxLength("nameEn", nameEn, Violations.MAX_NAME_LENGTH)
                  .required("kind", kind).required("zone", zone)
                  .maxLength("address", address, Violations.MAX_NAME_LENGTH)
                  .maxLength("operator", operator, Violations.MAX_NAME_LENGTH)
                  .required("totalAreaM2", totalAreaM2).positiveAtMost("totalAreaM2", totalAreaM2, MAX_AREA_M2)
                  .required("commercialAreaM2", commercialAreaM2)
                  .positiveAtMost("commercialAreaM2", commercialAreaM2, MAX_AREA_M2)
                  .between("floorsAbove", floorsAbove, 1, MAX_FLOORS_ABOVE)
                  .between("floorsBelow", floorsBelow, 0, MAX_FLOORS_BELOW);
        if (manager != null) {
            violations.username("manager", manager);
        }
        if (totalAreaM2 != null && commercialAreaM2 != null && Violations.withinBounds(totalAreaM2)
            && Violations.withinBounds(commercialAreaM2)) {
            violations.check(commercialAreaM2.compareTo(totalAreaM2) <= 0, "commercialAreaM2", "at-most-total",
                             "must not be more than the total floor space");
        }
        return violations;
    }
}
