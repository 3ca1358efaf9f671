package org.zhaoshang.crm.ambassador.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AmbassadorDeactivatedEvent(String ambassadorId, String reason) {
}
