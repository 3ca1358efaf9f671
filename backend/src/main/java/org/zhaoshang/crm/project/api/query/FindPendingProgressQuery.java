package org.zhaoshang.crm.project.api.query;

/**
 * The progress facts waiting for verification (认定) on every project, oldest first, at most
 * {@link PendingProgress#MAX_ITEMS}: the managers' verification inbox. Managers alone ask it.
 */
public record FindPendingProgressQuery() {
}
