package org.zhaoshang.crm.project.web;

import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress fact: CAPITAL_ARRIVED {@code amountWan} and {@code day}; MILESTONE {@code milestone} and {@code day};
 * TAX_PAID {@code year} and {@code amountWan}; JOBS {@code day} and {@code count}; AGREEMENT {@code day} (signed) with
 * the agreement's scan; each with the ids of its {@code evidence} documents, which must be documents of the project's
 * lead that the caller sees (an unknown one is a 400 problem, rule {@code unknown-document}).
 *
 * @param replaces a fact returned to you on this project that this one corrects
 */
public record ProgressRequest(ProgressKind kind, LocalDate day, BigDecimal amountWan, Milestone milestone, Integer year,
                              Integer count, List<String> evidence, String replaces, Long expectedVersion) {

    ProgressFact fact() {
        return new ProgressFact(kind, day, amountWan, milestone, year, count, evidence);
    }
}
