package org.zhaoshang.crm.project.api.query;

import java.util.List;

/** Progress facts returned to their recorder, newest decision first. */
public record ReturnedProgress(List<Item> items) {

    /** A returned fact and the project it belongs to. */
    public record Item(String projectId, String leadId, ProgressEntry progress) {
    }
}
