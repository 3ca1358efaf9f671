package org.zhaoshang.crm.building.web;

import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A building's profile as registered or changed (the whole profile: what is left out is cleared).
 *
 * @param manager         the login name of its building manager (楼长), STAFF or MANAGER; only managers name one
 * @param expectedVersion the version the change expects (or If-Match); not for registering
 */
public record BuildingRequest(String nameZh, String nameEn, BuildingKind kind, TargetZone zone, String address,
                              String operator, String manager, BigDecimal totalAreaM2, BigDecimal commercialAreaM2,
                              Integer floorsAbove, Integer floorsBelow, Set<Industry> themes, Long expectedVersion) {

    BuildingProfile profile() {
        return new BuildingProfile(nameZh, nameEn, kind, zone, address, operator, manager, totalAreaM2,
                                   commercialAreaM2, floorsAbove == null ? 0 : floorsAbove,
                                   floorsBelow == null ? 0 : floorsBelow, themes);
    }
}
