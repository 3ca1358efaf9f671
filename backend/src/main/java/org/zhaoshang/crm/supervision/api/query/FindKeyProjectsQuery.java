package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.supervision.api.Light;

import java.time.LocalDate;

/**
 * The key projects of a year (null: this year), of one leader (null: all the caller sees), of one light (null: any),
 * at day {@code asOf} (null: today), as known now or then. Answers {@link KeyProjectList}.
 */
public record FindKeyProjectsQuery(Integer year, String leader, Light light, LocalDate asOf, Knowledge knowledge) {

    public FindKeyProjectsQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
