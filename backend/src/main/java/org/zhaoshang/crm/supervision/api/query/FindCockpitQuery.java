package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;

/**
 * A leader's cockpit for a year (null: this year) at a day (null: today): {@code leader} null is the caller. Leaders
 * ask their own; managers any leader's. Answers {@link Cockpit}.
 */
public record FindCockpitQuery(String leader, Integer year, LocalDate asOf, Knowledge knowledge) {

    public FindCockpitQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
