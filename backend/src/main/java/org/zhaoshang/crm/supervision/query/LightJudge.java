package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.LightChange;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.LightReason.Kind;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The rules of domain.md applied to one key project at one day: its light and every reason for it. */
final class LightJudge {

    /** Red before yellow, then the most days first; kind and subject only make the order total. */
    private static final Comparator<LightReason> MOST_URGENT_FIRST =
            Comparator.comparing(LightReason::light).reversed()
                      .thenComparing(Comparator.comparingLong(LightReason::days).reversed())
                      .thenComparing(LightReason::kind)
                      .thenComparing(LightReason::subject, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** A light with its reasons, red ones first. */
    record Judgement(Light light, List<LightReason> reasons) {
    }

    private LightJudge() {
    }

    static Judgement judge(LightRules rules, LightInputs inputs) {
        List<LightReason> reasons = new ArrayList<>();
        for (LightInputs.OpenProblem problem : inputs.openProblems()) {
            long days = daysOverdue(problem.dueOn(), inputs.day());
            Escalation card = rules.escalation(days);
            if (card == Escalation.RED) {
                reasons.add(new LightReason(Kind.RED_PROBLEM, Light.RED, days, problem.problemId()));
            } else if (card == Escalation.YELLOW) {
                reasons.add(new LightReason(Kind.OVERDUE_PROBLEM, Light.YELLOW, days, problem.problemId()));
            }
        }
        for (MilestoneDue milestone : inputs.milestones()) {
            Light light = colour(milestone.daysOverdue(), rules.yellowMilestoneDays(), rules.redMilestoneDays());
            if (light != Light.GREEN) {
                reasons.add(new LightReason(Kind.MILESTONE_OVERDUE, light, milestone.daysOverdue(),
                                            milestone.milestone().name()));
            }
        }
        LocalDate quietSince = inputs.lastProgressOn() != null ? inputs.lastProgressOn() : inputs.since();
        if (quietSince != null) {
            long days = ChronoUnit.DAYS.between(quietSince, inputs.day());
            Light light = colour(days, rules.yellowNoProgressDays(), rules.redNoProgressDays());
            if (light != Light.GREEN) {
                reasons.add(new LightReason(Kind.NO_PROGRESS, light, days, null));
            }
        }
        reasons.sort(MOST_URGENT_FIRST);
        return new Judgement(reasons.isEmpty() ? Light.GREEN : reasons.get(0).light(), List.copyOf(reasons));
    }

    /**
     * The light of every day from {@code from} to {@code to} (both included), each day judged with the rules in force
     * that day, kept as its changes of colour: the first day and every day the colour differs from the day before,
     * with that day's reasons. One judgement a day: a year of a project with tens of problems is a fraction of a
     * millisecond a day (LightJudgeTest measures it).
     *
     * @param inputsOn what the light depends on at a day (as known now or then, as the caller asks)
     * @param rulesOn  the rules in force at a day
     */
    static List<LightChange> history(LocalDate from, LocalDate to, Function<LocalDate, LightInputs> inputsOn,
                                     Function<LocalDate, LightRules> rulesOn) {
        List<LightChange> changes = new ArrayList<>();
        Light last = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Judgement judgement = judge(rulesOn.apply(day), inputsOn.apply(day));
            if (judgement.light() != last) {
                changes.add(new LightChange(day, judgement.light(), judgement.reasons()));
                last = judgement.light();
            }
        }
        return changes;
    }

    /** Days past the due day: 0 up to and on it, 1 the day after. */
    static long daysOverdue(LocalDate dueOn, LocalDate day) {
        Objects.requireNonNull(dueOn, "dueOn");
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, day));
    }

    private static Light colour(long days, int yellowFrom, int redFrom) {
        return days >= redFrom ? Light.RED : days >= yellowFrom ? Light.YELLOW : Light.GREEN;
    }
}
