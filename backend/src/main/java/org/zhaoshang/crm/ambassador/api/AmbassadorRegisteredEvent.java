package org.zhaoshang.crm.ambassador.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AmbassadorRegisteredEvent(String ambassadorId, AmbassadorProfile profile) {
}
