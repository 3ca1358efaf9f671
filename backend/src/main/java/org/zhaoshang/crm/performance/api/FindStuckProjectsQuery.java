package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.project.api.value.ProjectKind;

import java.time.LocalDate;

/**
 * The stuck projects of a kind (null: both) at day {@code asOf} (null: today), with what was known now or then.
 * Managers only.
 */
public record FindStuckProjectsQuery(ProjectKind kind, LocalDate asOf, Knowledge knowledge) {

    public FindStuckProjectsQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
