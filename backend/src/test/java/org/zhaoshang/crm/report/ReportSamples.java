package org.zhaoshang.crm.report;

import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.LateFact;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-built report contents for tests of what is done with them (files, REST, issuing): a dispatch of 2026-W49 with
 * three key projects of two leaders ({@code leader}: 赵立新, {@code leader-sun.hai}: 孙海), and a circular of 2026-11.
 */
public final class ReportSamples {

    public static final IsoWeek WEEK = new IsoWeek(2026, 49);
    public static final YearMonth MONTH = YearMonth.of(2026, 11);

    private ReportSamples() {
    }

    public static Dispatch dispatch() {
        return dispatch(List.of());
    }

    public static Dispatch dispatch(List<LateFact> late) {
        LocalDate monday = WEEK.firstDay();
        Dispatch.Row red = new Dispatch.Row(
                2026, "L-RED", "巴克莱银行（中国）", SourceMarket.LONDON, "staff", "张伟", "leader", "赵立新",
                "dept-fgj", "区发改局", Stage.SIGNED, Light.RED,
                List.of(new LightReason(LightReason.Kind.RED_PROBLEM, Light.RED, 12, "P-1"),
                        new LightReason(LightReason.Kind.MILESTONE_OVERDUE, Light.RED, 20, "REGISTERED")),
                List.of(new Dispatch.WeekFact(monday.plusDays(1), ProgressSignal.ACTIVITY, "与企业视频会商注册事宜")),
                List.of(new Dispatch.OpenProblem("P-1", "注册地址核验未完成", "dept-fgj", "区发改局", monday.minusDays(5),
                                                 ProblemStatus.IN_PROGRESS, Escalation.RED, 12)),
                List.of(new Dispatch.NextStep(monday.plusDays(9), "完成注册地址核验", "dept-fgj", "周敏")),
                new ProjectPromise(new BigDecimal("150000"), new BigDecimal("50000"), new BigDecimal("8000"),
                                   List.of(new MilestoneDue("PRJ-1", Milestone.REGISTERED, monday.minusDays(20), null,
                                                            20))),
                Light.YELLOW, Stage.SIGNED, Set.of(Dispatch.Change.LIGHT_WORSE, Dispatch.Change.PROBLEM_RAISED));
        Dispatch.Row yellow = new Dispatch.Row(
                2026, "L-YELLOW", "野村证券", SourceMarket.JAPAN, "staff-li.na", "李娜", "leader-sun.hai", "孙海",
                "dept-swj", "区商务局", Stage.NEGOTIATION, Light.YELLOW,
                List.of(new LightReason(LightReason.Kind.NO_PROGRESS, Light.YELLOW, 16, null)), List.of(), List.of(),
                List.of(new Dispatch.NextStep(monday.plusDays(3), "赴东京拜访", "staff-li.na", "李娜")), null,
                Light.GREEN, Stage.SITE_VISIT,
                Set.of(Dispatch.Change.LIGHT_WORSE, Dispatch.Change.STAGE_ADVANCED));
        Dispatch.Row green = new Dispatch.Row(
                2026, "L-GREEN", "Fleet Street Capital", SourceMarket.LONDON, "staff", "张伟", "leader", "赵立新",
                "dept-jrb", "区金融办", Stage.INTENT, Light.GREEN, List.of(),
                List.of(new Dispatch.WeekFact(monday.plusDays(2), ProgressSignal.STAGE_MOVE, "签订投资意向书")),
                List.of(), List.of(), null, null, null, Set.of(Dispatch.Change.NEW_KEY_PROJECT));
        return new Dispatch(WEEK, WEEK.firstDay(), WEEK.lastDay(), List.of(red, yellow, green),
                            List.of(new Dispatch.Stopped(2026, "L-STOP", "首尔生物", monday.plusDays(3), "企业暂停投资计划")),
                            late);
    }

    public static List<LateFact> lateFacts() {
        return List.of(new LateFact(WEEK.firstDay().plusDays(4), WEEK.lastDay().plusDays(2), "L-RED", "巴克莱银行（中国）",
                                    ProgressSignal.ACTIVITY, "补录：与企业电话沟通"),
                       new LateFact(WEEK.firstDay().plusDays(5), WEEK.lastDay().plusDays(3), "L-YELLOW", "野村证券",
                                    ProgressSignal.ACTIVITY, "补录：来访"));
    }

    public static Circular circular() {
        return circular(List.of());
    }

    public static Circular circular(List<LateFact> late) {
        LocalDate end = MONTH.atEndOfMonth();
        Circular.Targets targets = new Circular.Targets(
                2026, new YearTargets(40, new BigDecimal("2000000"), null, null, 3), 3, 28, new BigDecimal("85000"),
                new BigDecimal("1350000"), new BigDecimal("420000"));
        List<Figure> figures = Arrays.stream(Rate.values())
                                     .map(rate -> rate == Rate.CAPITAL_ARRIVAL_AMOUNT
                                                  ? new Figure(rate, new BigDecimal("420000"),
                                                               new BigDecimal("600000"), new BigDecimal("0.7000"),
                                                               20, 25)
                                                  : new Figure(rate, BigDecimal.valueOf(18), BigDecimal.valueOf(24),
                                                               new BigDecimal("0.7500"), 18, 24))
                                     .toList();
        PerformanceReport.Row rates = new PerformanceReport.Row("*", 28, figures, null);
        List<ConversionReport.Row> funnel = Arrays.stream(SourceMarket.values())
                .map(market -> new ConversionReport.Row(market.name(), Arrays.stream(Stage.values())
                        .map(stage -> new ConversionReport.StageFigures(stage, 10 - stage.ordinal(), 5, null, null,
                                                                        null, 0)).toList(),
                                                         new BigDecimal("0.4000"), Map.of(), Map.of(), 0, 0))
                .toList();
        KeyProjectRow redProject = new KeyProjectRow(
                2026, "L-RED", "巴克莱银行（中国）", SourceMarket.LONDON, Stage.SIGNED, "staff", "leader", "dept-fgj",
                "年内注册", Light.RED, List.of(new LightReason(LightReason.Kind.RED_PROBLEM, Light.RED, 12, "P-1")),
                end.minusDays(3), 3, 1, 1, 1, null, LocalDate.of(2026, 2, 1));
        KeyProjectRow otherLeaders = new KeyProjectRow(
                2026, "L-OTHER", "三星生物", SourceMarket.KOREA, Stage.NEGOTIATION, "staff-li.na", "leader-sun.hai",
                "dept-swj", "年内签约", Light.RED, List.of(new LightReason(LightReason.Kind.NO_PROGRESS, Light.RED, 45,
                                                                            null)),
                end.minusDays(45), 45, 0, 0, 0, null, LocalDate.of(2026, 3, 1));
        ProblemRow redProblem = new ProblemRow("P-1", "L-RED", "巴克莱银行（中国）", "注册地址核验未完成", "dept-fgj",
                                               end.minusDays(12), ProblemStatus.IN_PROGRESS, Escalation.RED, 12,
                                               "staff", end.minusDays(40), null, List.of());
        ProblemRow otherProblem = new ProblemRow("P-2", "L-OTHER", "三星生物", "用地指标待落实", "dept-zrzyj",
                                                 end.minusDays(20), ProblemStatus.ASSIGNED, Escalation.RED, 20,
                                                 "staff-li.na", end.minusDays(50), null, List.of());
        List<Circular.Rank> byOwner = List.of(
                new Circular.Rank(1, "staff", "张伟", 9, 40, new BigDecimal("620000"), null),
                new Circular.Rank(2, "staff-li.na", "李娜", 7, 35, new BigDecimal("310000"), null));
        List<Circular.Rank> byAmbassador = List.of(
                new Circular.Rank(1, "demo-amb-london", "Fleet Street Advisory", 4, 12, new BigDecimal("250000"),
                                  null));
        List<Circular.Rank> byDepartment = List.of(
                new Circular.Rank(1, "dept-fgj", "区发改局", 8, 10, null, new BigDecimal("0.8000")),
                new Circular.Rank(2, "dept-swj", "区商务局", 3, 6, null, new BigDecimal("0.5000")));
        return new Circular(MONTH, MONTH.atDay(1), end, targets, rates, funnel, List.of(redProject, otherLeaders),
                            List.of(redProblem, otherProblem), byOwner, byAmbassador, byDepartment, late);
    }
}
