package org.zhaoshang.crm.ambassador.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AmbassadorReactivatedEvent(String ambassadorId, String reason) {
}
