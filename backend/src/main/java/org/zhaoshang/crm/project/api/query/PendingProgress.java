package org.zhaoshang.crm.project.api.query;

import org.zhaoshang.crm.project.api.value.ProjectAgreement;

import java.util.List;

/**
 * Progress facts waiting for verification, the oldest recorded first.
 *
 * @param total how many wait in all (the list holds at most {@link #MAX_ITEMS})
 */
public record PendingProgress(List<Item> items, int total) {

    public static final int MAX_ITEMS = 200;

    /** A pending fact, the project and agreement it belongs to, and the project's version to verify against. */
    public record Item(String projectId, String leadId, ProjectAgreement agreement, ProgressEntry progress,
                       long projectVersion) {
    }
}
