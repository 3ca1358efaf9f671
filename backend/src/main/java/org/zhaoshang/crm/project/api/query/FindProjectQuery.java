package org.zhaoshang.crm.project.api.query;

/** One signed project, or null when unknown or its lead is not the caller's to see. */
public record FindProjectQuery(String projectId) {
}
