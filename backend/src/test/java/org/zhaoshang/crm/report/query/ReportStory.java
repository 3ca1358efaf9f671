package org.zhaoshang.crm.report.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.conversion.api.YearTargetsSetEvent;
import org.zhaoshang.crm.department.api.DepartmentDefinedEvent;
import org.zhaoshang.crm.department.api.DepartmentIds;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small store for the reports of 2026-W45 (2 to 8 November 2026) and of October 2026, each event with the day it was
 * recorded. Three key projects of 2026: A (伦敦资本, leader.zhao, 发改局) green on 1 November and yellow on the 8th (a
 * problem raised on the 4th, due the 6th), moved on to SITE_VISIT, with an activity and an instruction in the week;
 * B (首尔医疗, leader.qian) red from a problem long overdue until it was resolved on 3 November; C (东京文化, leader.zhao)
 * stopped on 4 November. A follow-up of A done in the week, another open (due 10 November). Four projects signed in
 * 2026 (two in October), the year's targets set in January and changed in November. Then what came later: facts after the periods,
 * and facts of the periods recorded after the end of both (an activity of B on 28 October recorded on 9 November, one
 * on 5 November recorded on 12 November, an agreement of 25 October recorded on 12 November).
 */
final class ReportStory {

    static final String ZHAO = "leader.zhao";
    static final String QIAN = "leader.qian";
    static final String A = "report-lead-a";
    static final String B = "report-lead-b";
    static final String C = "report-lead-c";
    static final String D = "report-lead-d";

    private final EventStore store;
    private final Map<String, Long> sequences = new HashMap<>();

    ReportStory(EventStore store) {
        this.store = store;
    }

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    /** What was known by the end of each period. */
    void base() {
        targets(10, "2026-01-03");
        department("dept-fgj", "区发改局", "2026-01-02");
        department("dept-zrzyj", "区自然资源局", "2026-01-02");
        lead(A, "伦敦资本", SourceMarket.LONDON, "amb-1", "staff-li.na");
        lead(B, "首尔医疗", SourceMarket.KOREA, null, "staff-wang.fang");
        lead(C, "东京文化", SourceMarket.JAPAN, "amb-2", "staff-li.na");
        lead(D, "香港金融", SourceMarket.HONG_KONG, "amb-1", "staff-liu.yang");
        designate(A, ZHAO, "dept-fgj");
        designate(B, QIAN, "dept-swj");
        designate(C, ZHAO, "dept-zrzyj");

        problem("pr-4", A, "用地指标", "dept-fgj", "2026-03-01", "2026-03-31");
        resolved("pr-4", A, "2026-03-20");
        problem("pr-5", A, "环评", "dept-zrzyj", "2026-04-01", "2026-04-30");
        resolved("pr-5", A, "2026-05-10");
        problem("pr-6", C, "场地", "dept-zrzyj", "2026-06-01", "2026-06-30");
        resolved("pr-6", C, "2026-06-15");
        problem("pr-3", B, "签证办理慢", "dept-swj", "2026-08-01", "2026-09-01");

        signed("p-b", B, "2026-03-10", "3000", "2026-03-10");
        capitalVerified("p-b", B, "1000", "2026-05-01", "2026-05-05");
        signed("p-d", D, "2026-06-01", "3000", "2026-06-01");
        moved(A, Stage.LEAD, Stage.CONTACTED, "2026-10-01", "2026-10-01");
        moved(C, Stage.LEAD, Stage.CONTACTED, "2026-10-05", "2026-10-05");
        signed("p-a", A, "2026-10-15", "5000", "2026-10-15");
        signed("p-c", C, "2026-10-20", "5000", "2026-10-20");

        resolved("pr-3", B, "2026-11-03");
        activity(A, "a-1", "2026-11-03", "2026-11-03");
        problem("pr-1", A, "规划许可迟迟未批", "dept-zrzyj", "2026-11-04", "2026-11-06");
        stopped(C, "并入伦敦资本项目", "2026-11-04");
        instruction(A, "i-1", "请自然资源局两周内答复", "2026-11-05");
        moved(A, Stage.CONTACTED, Stage.SITE_VISIT, "2026-11-06", "2026-11-06");
        publish("Lead", A, new FollowUpScheduledEvent(A, "fu-done", "寄送材料", day("2026-11-04"), "staff-li.na"),
                "2026-11-01");
        publish("Lead", A, new FollowUpCompletedEvent(A, "fu-done", "已寄"), "2026-11-04");
        publish("Lead", A, new FollowUpScheduledEvent(A, "fu-open", "约谈规划局", day("2026-11-10"), "staff-li.na"),
                "2026-11-02");
    }

    /** What happened after the periods, and what happened in them but was recorded after their end. */
    void later() {
        activity(B, "a-late-october", "2026-10-28", "2026-11-09");
        activity(B, "a-late-week", "2026-11-05", "2026-11-12");
        signed("p-late", B, "2026-10-25", "8000", "2026-11-12");
        activity(A, "a-after", "2026-11-10", "2026-11-10");
        resolved("pr-1", A, "2026-11-12");
        instruction(A, "i-after", "抓紧", "2026-11-13");
        targets(12, "2026-11-15");
        publish("Lead", A, new FollowUpRescheduledEvent(A, "fu-open", day("2026-11-10"), day("2026-11-20"), "改期"),
                "2026-11-09");
        publish("Lead", A, new FollowUpScheduledEvent(A, "fu-after", "再访", day("2026-11-25"), "staff-li.na"),
                "2026-11-12");
    }

    static YearTargets targetsOf(int signedProjects) {
        return new YearTargets(signedProjects, new BigDecimal("50000"), null, null, null);
    }

    private void targets(int signedProjects, String on) {
        publish("TargetsForYear", "2026", new YearTargetsSetEvent("2026", targetsOf(signedProjects)), on);
    }

    private void department(String code, String name, String on) {
        publish("Department", DepartmentIds.of(code), new DepartmentDefinedEvent(code, name, code, "admin", day(on)),
                on);
    }

    private void lead(String leadId, String name, SourceMarket market, String ambassador, String owner) {
        publish("Lead", leadId, new LeadCreatedEvent(leadId, Company.named(null, name), market, Channel.CAPITAL_LED,
                                                     ambassador, owner, day("2026-01-05")), "2026-01-05");
    }

    private void designate(String leadId, String leader, String department) {
        String id = KeyProjectIds.of(2026, leadId);
        publish("KeyProject", id, new KeyProjectDesignatedEvent(id, 2026, leadId,
                                                                new Designation(leader, department, "年内开工"),
                                                                "manager", day("2026-01-10")), "2026-01-10");
    }

    private void stopped(String leadId, String reason, String on) {
        String id = KeyProjectIds.of(2026, leadId);
        publish("KeyProject", id, new KeyProjectStoppedEvent(id, 2026, leadId, reason, "manager", day(on)), on);
    }

    private void instruction(String leadId, String instructionId, String text, String on) {
        String id = KeyProjectIds.of(2026, leadId);
        publish("KeyProject", id, new InstructionWrittenEvent(id, 2026, leadId, instructionId, null, text, ZHAO,
                                                              day(on)), on);
    }

    private void problem(String problemId, String leadId, String text, String department, String raised,
                         String due) {
        publish("Problem", problemId, new ProblemRaisedEvent(problemId, leadId, text, department, day(due), "staff",
                                                             day(raised)), raised);
    }

    private void resolved(String problemId, String leadId, String on) {
        publish("Problem", problemId, new ProblemResolvedEvent(problemId, leadId, "办结", "dept", day(on)), on);
    }

    private void moved(String leadId, Stage from, Stage to, String on, String recorded) {
        publish("Lead", leadId, new LeadMovedToStageEvent(leadId, from, to, day(on), null), recorded);
    }

    private void activity(String leadId, String activityId, String on, String recorded) {
        publish("Lead", leadId, new ActivityLoggedEvent(leadId, activityId, ActivityType.MEETING, day(on), List.of(),
                                                        "met", false), recorded);
    }

    private void signed(String projectId, String leadId, String signedOn, String investmentWan, String recorded) {
        BigDecimal investment = new BigDecimal(investmentWan);
        Commitments commitments = new Commitments(
                ProjectKind.OFFICE, null, new PlannedInvestment(investment, "CNY", BigDecimal.ONE, investment),
                List.of(new Tranche(day(signedOn).plusMonths(2), new BigDecimal("1000"))),
                List.of(new PromisedDay(Milestone.REGISTERED, day(signedOn).plusYears(2))), null, null, null, null,
                null, null);
        publish("SignedProject", projectId, new ProjectSignedEvent(
                projectId, leadId, new ProjectAgreement(day(signedOn), "LX-" + projectId, AgreementBasis.FIRST_SIGNING),
                commitments, "staff", day(recorded)), recorded);
    }

    private void capitalVerified(String projectId, String leadId, String amountWan, String on, String verified) {
        ProgressFact fact = new ProgressFact(ProgressKind.CAPITAL_ARRIVED, day(on), new BigDecimal(amountWan), null,
                                             null, null, List.of("receipt"));
        publish("SignedProject", projectId, new ProgressRecordedEvent(projectId, leadId, "f-" + on, fact,
                                                                      ProgressOrigin.RECORDED, "staff", day(on),
                                                                      null, null), on);
        publish("SignedProject", projectId, new ProgressVerifiedEvent(projectId, leadId, "f-" + on, fact, "staff",
                                                                      "manager", day(verified), null), verified);
    }

    private void publish(String type, String aggregateId, Object event, String recordedOn) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        Instant at = day(recordedOn).atTime(10, 0).atZone(BureauTime.ZONE).toInstant();
        store.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, event, Map.of(),
                                                      UUID.randomUUID().toString(), at));
    }
}
