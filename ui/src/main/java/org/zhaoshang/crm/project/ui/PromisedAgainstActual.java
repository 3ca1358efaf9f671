package org.zhaoshang.crm.project.ui;

import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.project.api.value.VerificationState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's promises against what happened, one line per milestone of its kind (in the chain's order) and per
 * tranche of its capital schedule: promised day, the day reached or arrived, days late, and whether that is verified.
 * A returned fact does not count; a tranche has arrived on the day the capital arrived in all reaches what is due up to
 * it, and is verified once the verified capital alone reaches it.
 */
final class PromisedAgainstActual {

    /**
     * @param milestone the milestone, or null for a tranche
     * @param amountWan the tranche's amount (null for a milestone)
     * @param reachedOn the day reached or arrived; null while not
     * @param lateDays  days after the promised day it was reached, or (not reached) by which today is past it; 0 when
     *                  on time or not due
     * @param state     the verification of what reached it; null while not reached
     */
    record Line(Milestone milestone, int tranche, BigDecimal amountWan, LocalDate promisedOn, LocalDate reachedOn,
                long lateDays, VerificationState state) {
    }

    private PromisedAgainstActual() {
    }

    static List<Line> of(ProjectView project, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (Milestone milestone : project.commitments().kind().chain()) {
            LocalDate promised = project.commitments().promised(milestone);
            ProgressEntry fact = project.progress().stream()
                    .filter(entry -> entry.state() != VerificationState.RETURNED
                                     && entry.fact().kind() == ProgressKind.MILESTONE
                                     && entry.fact().milestone() == milestone)
                    .min(Comparator.comparing((ProgressEntry entry) -> entry.state() != VerificationState.APPROVED)
                                   .thenComparing(entry -> entry.fact().day()))
                    .orElse(null);
            if (promised != null || fact != null) {
                LocalDate reached = fact == null ? null : fact.fact().day();
                lines.add(new Line(milestone, 0, null, promised, reached, late(promised, reached, today),
                                   fact == null ? null : fact.state()));
            }
        }
        List<ProgressEntry> capital = project.progress().stream()
                .filter(entry -> entry.state() != VerificationState.RETURNED
                                 && entry.fact().kind() == ProgressKind.CAPITAL_ARRIVED)
                .sorted(Comparator.comparing(entry -> entry.fact().day())).toList();
        List<Tranche> schedule = project.commitments().capitalSchedule().stream()
                                        .sorted(Comparator.comparing(Tranche::dueOn)).toList();
        BigDecimal due = BigDecimal.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            Tranche tranche = schedule.get(i);
            due = due.add(tranche.amountWan());
            LocalDate arrived = dayReaching(capital, due, false);
            boolean verified = dayReaching(capital, due, true) != null;
            lines.add(new Line(null, i + 1, tranche.amountWan(), tranche.dueOn(), arrived,
                               late(tranche.dueOn(), arrived, today),
                               arrived == null ? null : verified ? VerificationState.APPROVED
                                                                 : VerificationState.PENDING));
        }
        return lines;
    }

    /** The day the capital (verified only, or all) adds up to {@code due}; null when it does not yet. */
    private static LocalDate dayReaching(List<ProgressEntry> capital, BigDecimal due, boolean verifiedOnly) {
        BigDecimal arrived = BigDecimal.ZERO;
        for (ProgressEntry entry : capital) {
            if (verifiedOnly && entry.state() != VerificationState.APPROVED) {
                continue;
            }
            arrived = arrived.add(entry.fact().amountWan());
            if (arrived.compareTo(due) >= 0) {
                return entry.fact().day();
            }
        }
        return null;
    }

    private static long late(LocalDate promised, LocalDate reached, LocalDate today) {
        if (promised == null) {
            return 0;
        }
        LocalDate against = reached == null ? today : reached;
        return Math.max(0, ChronoUnit.DAYS.between(promised, against));
    }
}
