package org.zhaoshang.crm.ambassador.api;

import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

/** What is recorded of an ambassador or partner. The name and kind are required. */
public record AmbassadorProfile(AmbassadorKind kind, String name, String organisation, Set<SourceMarket> markets,
                                String email, String phone) {
}
