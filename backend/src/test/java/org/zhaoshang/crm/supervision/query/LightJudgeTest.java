package org.zhaoshang.crm.supervision.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.LightChange;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.LightReason.Kind;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;
import org.zhaoshang.crm.supervision.query.LightInputs.OpenProblem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The light of domain.md on a moving clock: one key project designated on {@link #DESIGNATED}, judged day after day
 * with the default rules (yellow card from 1 day past due, red from 15; a milestone yellow from 1 day overdue, red
 * from 31; yellow after 60 days without progress, red after 90).
 */
class LightJudgeTest {

    private static final LightRules RULES = LightRules.DEFAULTS;
    private static final LocalDate DESIGNATED = LocalDate.of(2026, 1, 1);

    private static LightInputs quiet(LocalDate day) {
        return new LightInputs(day, DESIGNATED, null, List.of(), List.of());
    }

    private static LocalDate day(int daysAfterDesignation) {
        return DESIGNATED.plusDays(daysAfterDesignation);
    }

    @Test
    void withoutProgressAProjectIsGreenThenYellowFromDay60ThenRedFromDay90() {
        assertThat(LightJudge.judge(RULES, quiet(day(0))).light()).isEqualTo(Light.GREEN);
        assertThat(LightJudge.judge(RULES, quiet(day(59))).light()).isEqualTo(Light.GREEN);
        assertThat(LightJudge.judge(RULES, quiet(day(60))).reasons())
                .containsExactly(new LightReason(Kind.NO_PROGRESS, Light.YELLOW, 60, null));
        assertThat(LightJudge.judge(RULES, quiet(day(89))).light()).isEqualTo(Light.YELLOW);
        LightJudge.Judgement red = LightJudge.judge(RULES, quiet(day(90)));
        assertThat(red.light()).isEqualTo(Light.RED);
        assertThat(red.reasons()).containsExactly(new LightReason(Kind.NO_PROGRESS, Light.RED, 90, null));
    }

    @Test
    void daysWithoutProgressCountFromTheLastProgressWhenThereWasSome() {
        LocalDate progress = day(50);
        assertThat(LightJudge.judge(RULES, new LightInputs(day(109), DESIGNATED, progress, List.of(), List.of()))
                             .light()).isEqualTo(Light.GREEN);
        assertThat(LightJudge.judge(RULES, new LightInputs(day(110), DESIGNATED, progress, List.of(), List.of()))
                             .reasons()).containsExactly(new LightReason(Kind.NO_PROGRESS, Light.YELLOW, 60, null));
    }

    @Test
    void aProblemIsYellowFromOneDayPastItsDueDayAndRedFrom15() {
        OpenProblem problem = new OpenProblem("pr-1", day(10));
        Function<Integer, LightJudge.Judgement> at = days -> LightJudge.judge(
                RULES, new LightInputs(day(days), DESIGNATED, day(days), List.of(problem), List.of()));

        assertThat(at.apply(10).light()).as("on its due day").isEqualTo(Light.GREEN);
        assertThat(at.apply(11).reasons()).containsExactly(new LightReason(Kind.OVERDUE_PROBLEM, Light.YELLOW, 1,
                                                                           "pr-1"));
        assertThat(at.apply(24).reasons()).containsExactly(new LightReason(Kind.OVERDUE_PROBLEM, Light.YELLOW, 14,
                                                                           "pr-1"));
        assertThat(at.apply(25).reasons()).containsExactly(new LightReason(Kind.RED_PROBLEM, Light.RED, 15, "pr-1"));
        assertThat(at.apply(25).light()).isEqualTo(Light.RED);
    }

    @Test
    void aMilestoneIsYellowFromOneDayOverdueAndRedOnlyWhenMoreThan30() {
        Function<Long, LightJudge.Judgement> overdue = days -> LightJudge.judge(RULES, new LightInputs(
                day(100), DESIGNATED, day(100), List.of(),
                List.of(new MilestoneDue("p-1", Milestone.REGISTERED, day(100).minusDays(days), null, days))));

        assertThat(overdue.apply(0L).light()).isEqualTo(Light.GREEN);
        assertThat(overdue.apply(1L).reasons()).containsExactly(
                new LightReason(Kind.MILESTONE_OVERDUE, Light.YELLOW, 1, "REGISTERED"));
        assertThat(overdue.apply(30L).light()).isEqualTo(Light.YELLOW);
        assertThat(overdue.apply(31L).reasons()).containsExactly(
                new LightReason(Kind.MILESTONE_OVERDUE, Light.RED, 31, "REGISTERED"));
    }

    @Test
    void everyReasonIsGivenRedOnesFirstThenTheLongestOverdue() {
        LightInputs inputs = new LightInputs(
                day(200), DESIGNATED, day(120),
                List.of(new OpenProblem("pr-late", day(195)), new OpenProblem("pr-red", day(180)),
                        new OpenProblem("pr-later", day(150)), new OpenProblem("pr-not-due", day(201))),
                List.of(new MilestoneDue("p-1", Milestone.REGISTERED, day(150), day(160), 0),
                        new MilestoneDue("p-1", Milestone.MOVED_IN, day(190), null, 10),
                        new MilestoneDue("p-2", Milestone.REGISTERED, day(160), null, 40)));

        LightJudge.Judgement judgement = LightJudge.judge(RULES, inputs);

        assertThat(judgement.light()).isEqualTo(Light.RED);
        assertThat(judgement.reasons()).extracting(LightReason::kind, LightReason::light, LightReason::days,
                                                   LightReason::subject)
                                       .containsExactly(tuple(Kind.RED_PROBLEM, Light.RED, 50L, "pr-later"),
                                                        tuple(Kind.MILESTONE_OVERDUE, Light.RED, 40L, "REGISTERED"),
                                                        tuple(Kind.RED_PROBLEM, Light.RED, 20L, "pr-red"),
                                                        tuple(Kind.NO_PROGRESS, Light.YELLOW, 80L, null),
                                                        tuple(Kind.MILESTONE_OVERDUE, Light.YELLOW, 10L, "MOVED_IN"),
                                                        tuple(Kind.OVERDUE_PROBLEM, Light.YELLOW, 5L, "pr-late"));
    }

    @Test
    void rulesOfOtherDaysGiveOtherLights() {
        LightRules patient = new LightRules(3, 30, 10, 60, 120, 180, EnumSet.allOf(
                org.zhaoshang.crm.supervision.api.ProgressSignal.class));
        LightInputs inputs = new LightInputs(day(100), DESIGNATED, null, List.of(new OpenProblem("pr-1", day(98))),
                                             List.of(new MilestoneDue("p-1", Milestone.REGISTERED, day(91), null, 9)));

        assertThat(LightJudge.judge(RULES, inputs).light()).isEqualTo(Light.RED);
        assertThat(LightJudge.judge(patient, inputs).light()).isEqualTo(Light.GREEN);
    }

    /**
     * A project designated on 1 January with a problem due on 10 March; no progress until a visit on day 100, the
     * problem resolved on day 120: green, yellow (no progress) from day 60, red from day 83 (the problem 15 days past
     * due), green again on day 120 (problem resolved, progress that day).
     */
    @Test
    void theHistoryKeepsEveryChangeOfLightAsDaysPass() {
        LocalDate due = day(68);
        Function<LocalDate, LightInputs> inputs = day -> {
            LocalDate progress = day.isBefore(day(100)) ? null : day.isBefore(day(120)) ? day(100) : day(120);
            List<OpenProblem> open = day.isBefore(day(120)) ? List.of(new OpenProblem("pr-1", due)) : List.of();
            return new LightInputs(day, DESIGNATED, progress, open, List.of());
        };

        List<LightChange> history = LightJudge.history(DESIGNATED, day(364), inputs, day -> RULES);

        assertThat(history).extracting(LightChange::from, LightChange::light)
                           .containsExactly(tuple(day(0), Light.GREEN), tuple(day(60), Light.YELLOW),
                                            tuple(day(83), Light.RED), tuple(day(120), Light.GREEN),
                                            tuple(day(180), Light.YELLOW), tuple(day(210), Light.RED));
        assertThat(history.get(1).reasons()).containsExactly(new LightReason(Kind.NO_PROGRESS, Light.YELLOW, 60,
                                                                             null));
        assertThat(history.get(2).reasons()).containsExactly(
                new LightReason(Kind.RED_PROBLEM, Light.RED, 15, "pr-1"),
                new LightReason(Kind.NO_PROGRESS, Light.YELLOW, 83, null));
        assertThat(history.get(3).reasons()).isEmpty();
    }

    @Test
    void rulesChangedFromADayApplyFromThatDayOnly() {
        LocalDate changed = day(70);
        LightRules stricter = new LightRules(1, 15, 1, 31, 30, 45, EnumSet.allOf(
                org.zhaoshang.crm.supervision.api.ProgressSignal.class));
        Function<LocalDate, LightRules> rules = day -> day.isBefore(changed) ? RULES : stricter;

        List<LightChange> history = LightJudge.history(DESIGNATED, day(100), LightJudgeTest::quiet, rules);

        assertThat(history).extracting(LightChange::from, LightChange::light)
                           .containsExactly(tuple(day(0), Light.GREEN), tuple(day(60), Light.YELLOW),
                                            tuple(changed, Light.RED));
        assertThat(history.get(2).reasons()).containsExactly(new LightReason(Kind.NO_PROGRESS, Light.RED, 70, null));
    }

    @Test
    void aYearOfHistoryIsCheap() {
        List<OpenProblem> problems = new ArrayList<>();
        List<MilestoneDue> milestones = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            problems.add(new OpenProblem("pr-" + i, day(i * 17)));
            milestones.add(new MilestoneDue("p-" + i, Milestone.REGISTERED, day(i * 13), null, 0));
        }
        Function<LocalDate, LightInputs> inputs = day -> new LightInputs(
                day, DESIGNATED, day.minusDays(day.getDayOfYear() % 100), problems,
                milestones.stream().map(due -> new MilestoneDue(due.projectId(), due.milestone(), due.promisedOn(),
                                                                null, Math.max(0, ChronoUnit.DAYS.between(
                                                                        due.promisedOn(), day)))).toList());
        LightJudge.history(DESIGNATED, day(364), inputs, day -> RULES); // warm up

        long started = System.nanoTime();
        for (int project = 0; project < 54; project++) {
            assertThat(LightJudge.history(DESIGNATED, day(364), inputs, day -> RULES)).isNotEmpty();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("a year of days for 54 projects of 20 problems and 20 milestones each")
                          .isLessThan(2_000);
    }
}
