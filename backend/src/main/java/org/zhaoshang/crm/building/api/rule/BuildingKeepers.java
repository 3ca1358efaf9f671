package org.zhaoshang.crm.building.api.rule;

import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

/** Who keeps a building (its profile, units, vacating): managers, and the STAFF user named its building manager. */
public final class BuildingKeepers {

    private BuildingKeepers() {
    }

    public static boolean keeps(Caller caller, BuildingProfile profile) {
        return caller.has(Role.MANAGER)
               || caller.has(Role.STAFF) && profile != null && caller.id().equals(profile.manager());
    }
}
