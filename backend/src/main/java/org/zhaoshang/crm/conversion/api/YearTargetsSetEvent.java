package org.zhaoshang.crm.conversion.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record YearTargetsSetEvent(String year, YearTargets targets) {
}
