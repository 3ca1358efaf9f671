package org.zhaoshang.crm.project.api.value;

import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * A fact of what has happened since the signature, with its evidence. What it carries depends on its kind:
 * CAPITAL_ARRIVED an amount and a day, MILESTONE a milestone and a day, TAX_PAID a year and an amount, JOBS a day and
 * a count, AGREEMENT the day the agreement was signed and at least its scan as evidence.
 *
 * @param day       the day it happened (capital, milestone, jobs)
 * @param amountWan 万元 of CNY (capital, tax)
 * @param year      the tax year (tax)
 * @param count     the jobs (jobs)
 * @param evidence  the ids of the documents that prove it (agreement scan, licence, receipt, certificate, photos)
 */
public record ProgressFact(ProgressKind kind, LocalDate day, BigDecimal amountWan, Milestone milestone, Integer year,
                           Integer count, List<String> evidence) {

    public static final int MAX_EVIDENCE = 20;

    public ProgressFact {
        evidence = evidence == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(evidence));
    }

    /** The rules that hold whatever the project's state; {@code today} is the bureau's day. */
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("kind", kind)
                  .check(evidence.size() <= MAX_EVIDENCE, "evidence", "max-size",
                         "at most " + MAX_EVIDENCE + " documents");
        if (evidence.size() <= MAX_EVIDENCE) {
            for (int i = 0; i < evidence.size(); i++) {
                violations.identifier("evidence[" + i + "]", evidence.get(i));
            }
            violations.check(new HashSet<>(evidence).size() == evidence.size(), "evidence", "unique",
                             "each document once");
        }
        if (kind == null) {
            return violations;
        }
        violations.check(kind != ProgressKind.AGREEMENT || !evidence.isEmpty(), "evidence", "required",
                         "attach the signed agreement's scan");
        boolean dated = kind != ProgressKind.TAX_PAID;
        boolean amounted = kind == ProgressKind.CAPITAL_ARRIVED || kind == ProgressKind.TAX_PAID;
        if (dated) {
            violations.required("day", day).notAfter("day", day, today)
                      .check(day == null || !day.isBefore(Commitments.FIRST_DAY), "day", "range",
                             "must be " + Commitments.FIRST_DAY + " or later");
        }
        if (amounted) {
            violations.required("amountWan", amountWan)
                      .positiveAtMost("amountWan", amountWan, Commitments.MAX_AMOUNT_WAN);
        }
        violations.check(kind == ProgressKind.MILESTONE ? milestone != null : milestone == null, "milestone",
                         kind == ProgressKind.MILESTONE ? "required" : "not-applicable",
                         kind == ProgressKind.MILESTONE ? "must not be empty" : "only a MILESTONE names one")
                  .check(kind == ProgressKind.TAX_PAID ? year != null : year == null, "year",
                         kind == ProgressKind.TAX_PAID ? "required" : "not-applicable",
                         kind == ProgressKind.TAX_PAID ? "must not be empty" : "only TAX_PAID names a year")
                  .between("year", year, Commitments.FIRST_DAY.getYear(), today.getYear())
                  .check(kind == ProgressKind.JOBS ? count != null : count == null, "count",
                         kind == ProgressKind.JOBS ? "required" : "not-applicable",
                         kind == ProgressKind.JOBS ? "must not be empty" : "only JOBS gives a count")
                  .between("count", count, 0, 1_000_000)
                  .check(dated || day == null, "day", "not-applicable", "TAX_PAID gives a year, not a day")
                  .check(amounted || amountWan == null, "amountWan", "not-applicable",
                         "only CAPITAL_ARRIVED and TAX_PAID give an amount");
        return violations;
    }
}
