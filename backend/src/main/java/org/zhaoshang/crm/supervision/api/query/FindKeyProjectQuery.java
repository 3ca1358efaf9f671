package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;

/**
 * Everything about one key project of a year at a day (null: today): its row, designation history, problems,
 * instructions, progress and every change of its light. Leaders only their own. Answers {@link KeyProjectDossier}.
 */
public record FindKeyProjectQuery(int year, String leadId, LocalDate asOf, Knowledge knowledge) {

    public FindKeyProjectQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
