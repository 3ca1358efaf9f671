package org.zhaoshang.crm.building.command;

import org.zhaoshang.crm.building.api.rule.BuildingKeepers;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;

import java.util.Objects;

/**
 * Who may change a building, in one place. Managers register buildings, record their tax and do everything else; the
 * building's manager (楼长), when STAFF, keeps its profile (but does not name another manager) and its units and lets
 * and vacates them; whoever may change a lead reserves units for it and releases them, and lets units to it that are
 * all reserved for it. Ambassadors, administrators and leaders change nothing else of buildings.
 */
final class BuildingAccess {

    private BuildingAccess() {
    }

    static void requireManager(Caller caller, String what) {
        caller.require(what, Role.MANAGER);
    }

    /** Reserving, releasing and letting are for roles that may change leads; others are refused before their input. */
    static void requireLeadRole(Caller caller, String what) {
        caller.require(what, Role.STAFF, Role.MANAGER, Role.AMBASSADOR);
    }

    /** A manager, or the STAFF user named the building's manager. */
    static boolean keeps(Caller caller, BuildingProfile profile) {
        return BuildingKeepers.keeps(caller, profile);
    }

    static void requireKeeping(Caller caller, BuildingProfile profile, String what) {
        if (!keeps(caller, profile)) {
            throw new NotPermittedException(what + " is for managers and the building's manager (楼长)");
        }
    }

    /** The building's manager keeps its profile but only a manager names (or changes) who it is. */
    static void requireProfileChange(Caller caller, BuildingProfile before, BuildingProfile after) {
        requireKeeping(caller, before, "Changing a building's profile");
        if (!caller.has(Role.MANAGER) && !Objects.equals(before.manager(), after.manager())) {
            throw new NotPermittedException("Only a manager names or changes a building's manager (楼长)");
        }
    }

    /** Whether the caller sees the lead (a lead they do not see is answered as unknown). */
    static boolean sees(Caller caller, LeadState lead) {
        return lead.exists() && LeadVisibility.sees(caller, lead.introducedBy(), lead.team());
    }

    static boolean mayChange(Caller caller, LeadState lead) {
        return lead.exists() && LeadChanges.mayChange(caller, lead.owner(), lead.introducedBy(), lead.team());
    }

    /** Reserving units for a lead, or releasing them: those who keep the building, or who may change the lead. */
    static void requireReserving(Caller caller, BuildingProfile profile, LeadState lead, String what) {
        if (!keeps(caller, profile) && !mayChange(caller, lead)) {
            throw new NotPermittedException(what + " is for managers, the building's manager (楼长) and those who "
                                            + "may change the lead");
        }
    }

    /**
     * Letting units: those who keep the building; or who may change the tenant's lead, when every unit is reserved
     * for that lead.
     */
    static void requireLetting(Caller caller, BuildingProfile profile, LeadState tenantLead,
                               boolean allReservedForTheLead) {
        if (!keeps(caller, profile) && !(allReservedForTheLead && mayChange(caller, tenantLead))) {
            throw new NotPermittedException("Letting units is for managers and the building's manager (楼长), or for "
                                            + "those who may change the tenant's lead when the units are reserved "
                                            + "for it");
        }
    }
}
