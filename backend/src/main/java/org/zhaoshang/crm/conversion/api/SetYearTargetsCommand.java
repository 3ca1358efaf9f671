package org.zhaoshang.crm.conversion.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets (or replaces) a year's targets. The year is the aggregate's id. */
public record SetYearTargetsCommand(@TargetAggregateIdentifier String year, YearTargets targets,
                                    @TargetAggregateVersion Long expectedVersion) {
}
