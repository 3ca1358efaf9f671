package org.zhaoshang.crm.project.api.query;

/** The caller's progress facts that a manager returned and they have not corrected yet (for My work). */
public record FindMyReturnedProgressQuery() {
}
