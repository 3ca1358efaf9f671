package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

/** A made-up ambassador or partner who introduces demo leads of one market. */
record DemoAmbassador(String id, AmbassadorKind kind, String name, SourceMarket market) {

    RegisterAmbassadorCommand register() {
        return new RegisterAmbassadorCommand(id, new AmbassadorProfile(kind, name, null, Set.of(market), null, null));
    }
}
