package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The application withdraws a project whose lead left SIGNED, in the name of whoever moved the lead; nothing when the
 * project is withdrawn already or has a verified milestone (then it stands: what was verified happened).
 */
public record WithdrawProjectCommand(@TargetAggregateIdentifier String projectId, String reason) {
}
