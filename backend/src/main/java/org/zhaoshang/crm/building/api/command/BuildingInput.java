package org.zhaoshang.crm.building.api.command;

import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.List;

/** A command on a building: the rules that hold whatever the building's state, {@code today} the bureau's day. */
public interface BuildingInput {

    /** Units one command may take together (a combination of adjacent units on a floor). */
    int MAX_UNITS_TOGETHER = 20;

    Violations validate(Violations violations, LocalDate today);

    /** The unit and those taken with it: ids, at most {@value #MAX_UNITS_TOGETHER}, each once. */
    static Violations units(Violations violations, String unitId, List<String> withUnits) {
        violations.identifier("unitId", unitId)
                  .check(withUnits.size() < MAX_UNITS_TOGETHER, "withUnits", "max-size",
                         "at most " + MAX_UNITS_TOGETHER + " units together");
        if (withUnits.size() < MAX_UNITS_TOGETHER) {
            for (int i = 0; i < withUnits.size(); i++) {
                violations.identifier("withUnits[" + i + "]", withUnits.get(i));
            }
            violations.check(withUnits.stream().distinct().count() == withUnits.size()
                             && !withUnits.contains(unitId), "withUnits", "unique", "each unit once");
        }
        return violations;
    }
}
