package org.zhaoshang.crm.building.state;

import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.api.value.UnitStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit as it stands.
 *
 * @param reservedFor   the lead it is reserved for (RESERVED)
 * @param reservedUntil the last day of the reservation (RESERVED)
 * @param tenant        who rents it (LET)
 * @param letFrom       since when (LET)
 * @param rent          the agreed rent, yuan per m² per day, when known (LET)
 */
public record UnitState(String unitId, UnitLayout layout, UnitStatus status, String reservedFor,
                        LocalDate reservedUntil, Tenant tenant, LocalDate letFrom, BigDecimal rent) {

    static UnitState added(String unitId, UnitLayout layout) {
        return new UnitState(unitId, layout, UnitStatus.VACANT, null, null, null, null, null);
    }

    UnitState laidOut(UnitLayout changed) {
        return new UnitState(unitId, changed, status, reservedFor, reservedUntil, tenant, letFrom, rent);
    }

    UnitState reserved(String leadId, LocalDate until) {
        return new UnitState(unitId, layout, UnitStatus.RESERVED, leadId, until, null, null, null);
    }

    UnitState vacant() {
        return added(unitId, layout);
    }

    UnitState let(Tenant to, LocalDate from, BigDecimal agreedRent) {
        return new UnitState(unitId, layout, UnitStatus.LET, null, null, to, from, agreedRent);
    }

    /** Whether it is vacant on a day: vacant, or reserved with the reservation's day passed. */
    public boolean freeOn(LocalDate day) {
        return status == UnitStatus.VACANT
               || status == UnitStatus.RESERVED && reservedUntil != null && reservedUntil.isBefore(day);
    }
}
