package org.zhaoshang.crm.ambassador.web;

import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

public record AmbassadorRequest(AmbassadorKind kind, String name, String organisation, Set<SourceMarket> markets,
                                String email, String phone, Long expectedVersion) {

    AmbassadorProfile profile() {
        return new AmbassadorProfile(kind, name, organisation, markets, email, phone);
    }
}
