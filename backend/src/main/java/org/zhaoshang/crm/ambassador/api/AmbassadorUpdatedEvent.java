package org.zhaoshang.crm.ambassador.api;

import org.axonframework.serialization.Revision;

/** The profile as now recorded. */
@Revision("1")
public record AmbassadorUpdatedEvent(String ambassadorId, AmbassadorProfile profile) {
}
