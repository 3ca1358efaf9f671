package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
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
import org.zhaoshang.crm.project.lead.ProjectLeads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Four handmade signed projects (three signed in 2025, one in 2026), each event with its sequence number, and their
 * leads (market, owner, responsible leader). The figures they give are worked out in {@code PerformanceRatesTest}.
 */
final class PerformanceFixture {

    /** One project's event and its sequence number. */
    record Numbered(ProjectEvent event, long sequence) {
    }

    static final Map<String, LeadState> LEADS = Map.of(
            "lead-1", lead("lead-1", "一号办公", SourceMarket.JAPAN, "wang.fang", "leader.zhao"),
            "lead-2", lead("lead-2", "二号用地", SourceMarket.KOREA, "li.na", "leader.qian"),
            "lead-3", lead("lead-3", "三号办公", SourceMarket.LONDON, "wang.fang", null),
            "lead-4", lead("lead-4", "四号办公", SourceMarket.LONDON, "li.na", null));

    /** The leads as their events leave them, without an event store. */
    static final ProjectLeads PROJECT_LEADS = new ProjectLeads(null) {
        @Override
        public LeadState now(String leadId) {
            return LEADS.getOrDefault(leadId, LeadState.NONE);
        }
    };

    private PerformanceFixture() {
    }

    /** The events of all four projects, each project's in its order. */
    static List<Numbered> events() {
        List<Numbered> events = new ArrayList<>();
        // P1: office, registered on time, 1,800 of the 2,000 万元 due by 2025-10-01 arrived; moved in overdue
        Commitments p1 = commitments(ProjectKind.OFFICE, null, null, null,
                                     List.of(new Tranche(day("2025-04-01"), wan("1000")),
                                             new Tranche(day("2025-10-01"), wan("1000")),
                                             new Tranche(day("2027-01-01"), wan("500"))),
                                     promised(Milestone.REGISTERED, "2025-03-01"),
                                     promised(Milestone.MOVED_IN, "2025-06-01"),
                                     promised(Milestone.OPERATING, "2026-12-31"));
        add(events, new ProjectSignedEvent("p-1", "lead-1", agreement("2025-01-10"), p1, "wang.fang",
                                           day("2025-01-10")));
        fact(events, "p-1", "lead-1", "f-1", milestone(Milestone.REGISTERED, "2025-02-20"), "2025-02-21",
             "2025-02-25");
        fact(events, "p-1", "lead-1", "f-2", capital("1000", "2025-03-15"), "2025-03-16", "2025-03-20");
        fact(events, "p-1", "lead-1", "f-3", capital("800", "2025-12-01"), "2025-12-02", "2026-01-05");
        fact(events, "p-1", "lead-1", "f-4", capital("300", "2026-06-01"), "2026-06-02", null);

        // P2: land, 10 亩, registered late, land supplied, all capital on time, construction started on
        // 2025-12-20 but recorded on 2026-03-01 and verified on 2026-03-10
        Commitments p2 = commitments(ProjectKind.LAND, wan("60000"), wan("1000"), wan("10"),
                                     List.of(new Tranche(day("2025-12-01"), wan("20000"))),
                                     promised(Milestone.REGISTERED, "2025-06-01"),
                                     promised(Milestone.LAND_SUPPLIED, "2025-09-01"),
                                     promised(Milestone.CONSTRUCTION_STARTED, "2026-01-01"),
                                     promised(Milestone.COMPLETED, "2027-06-01"));
        add(events, new ProjectSignedEvent("p-2", "lead-2", agreement("2025-05-01"), p2, "li.na",
                                           day("2025-05-01")));
        fact(events, "p-2", "lead-2", "f-1", milestone(Milestone.REGISTERED, "2025-07-01"), "2025-07-02",
             "2025-07-05");
        fact(events, "p-2", "lead-2", "f-2", milestone(Milestone.LAND_SUPPLIED, "2025-08-20"), "2025-08-21",
             "2025-08-25");
        fact(events, "p-2", "lead-2", "f-3", capital("20000", "2025-11-20"), "2025-11-21", "2025-11-25");
        fact(events, "p-2", "lead-2", "f-4", milestone(Milestone.CONSTRUCTION_STARTED, "2025-12-20"), "2026-03-01",
             "2026-03-10");
        fact(events, "p-2", "lead-2", "f-5", new ProgressFact(ProgressKind.TAX_PAID, null, wan("500"), null, 2025,
                                                               null, List.of()), "2026-01-20", "2026-02-01");

        // P3: office, registration promised for 2025-10-01, reported but returned; on 2026-03-01 the registration
        // was promised anew for 2026-09-01
        Commitments p3 = commitments(ProjectKind.OFFICE, null, null, null, List.of(),
                                     promised(Milestone.REGISTERED, "2025-10-01"));
        add(events, new ProjectSignedEvent("p-3", "lead-3", agreement("2025-08-01"), p3, "wang.fang",
                                           day("2025-08-01")));
        events.add(new Numbered(new ProgressRecordedEvent("p-3", "lead-3", "f-1",
                                                          milestone(Milestone.REGISTERED, "2025-10-20"),
                                                          ProgressOrigin.RECORDED, "wang.fang", day("2025-10-20"),
                                                          null, null), next(events, "p-3")));
        events.add(new Numbered(new ProgressReturnedEvent("p-3", "lead-3", "f-1", "wang.fang", "manager",
                                                          day("2025-10-22"), "no licence attached"),
                                next(events, "p-3")));
        add(events, new ProjectCommitmentsChangedEvent("p-3", "lead-3",
                                                       commitments(ProjectKind.OFFICE, null, null, null, List.of(),
                                                                   promised(Milestone.REGISTERED, "2026-09-01")),
                                                       "manager", day("2026-03-01")));

        // P4: the 2026 cohort, registered on time
        Commitments p4 = commitments(ProjectKind.OFFICE, null, null, null, List.of(),
                                     promised(Milestone.REGISTERED, "2026-05-01"));
        add(events, new ProjectSignedEvent("p-4", "lead-4", agreement("2026-03-01"), p4, "li.na",
                                           day("2026-03-01")));
        fact(events, "p-4", "lead-4", "f-1", milestone(Milestone.REGISTERED, "2026-04-20"), "2026-04-21",
             "2026-04-22");
        return events;
    }

    /** A second phase of lead 1 (p-1b), signed on 2026-02-01: 700 万元 due on 2026-05-01, registered by 2026-04-01. */
    static List<Numbered> secondPhaseOfLead1() {
        Commitments phase2 = commitments(ProjectKind.OFFICE, null, null, null,
                                         List.of(new Tranche(day("2026-05-01"), wan("700"))),
                                         promised(Milestone.REGISTERED, "2026-04-01"));
        return List.of(new Numbered(new ProjectSignedEvent(
                "p-1b", "lead-1",
                new ProjectAgreement(day("2026-02-01"), "LX-2026-02-01-B", AgreementBasis.SECOND_PHASE), phase2,
                "wang.fang", day("2026-02-01")), 0));
    }

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }

    private static void add(List<Numbered> events, ProjectEvent event) {
        events.add(new Numbered(event, next(events, event.projectId())));
    }

    private static long next(List<Numbered> events, String projectId) {
        return events.stream().filter(numbered -> numbered.event().projectId().equals(projectId)).count();
    }

    /** A fact recorded on a day and, unless {@code verifiedOn} is null, verified by a manager on another. */
    private static void fact(List<Numbered> events, String projectId, String leadId, String progressId,
                             ProgressFact fact, String recordedOn, String verifiedOn) {
        add(events, new ProgressRecordedEvent(projectId, leadId, progressId, fact, ProgressOrigin.RECORDED, "staff",
                                              day(recordedOn), null, null));
        if (verifiedOn != null) {
            add(events, new ProgressVerifiedEvent(projectId, leadId, progressId, fact, "staff", "manager",
                                                  day(verifiedOn), null));
        }
    }

    private static ProjectAgreement agreement(String signedOn) {
        return new ProjectAgreement(day(signedOn), "LX-" + signedOn, AgreementBasis.FIRST_SIGNING);
    }

    private static Commitments commitments(ProjectKind kind, BigDecimal totalInvestment, BigDecimal annualTax,
                                           BigDecimal landMu, List<Tranche> tranches, PromisedDay... days) {
        return new Commitments(kind, null, totalInvestment == null ? null
                : new PlannedInvestment(totalInvestment, "CNY", BigDecimal.ONE, totalInvestment),
                               tranches, List.of(days), annualTax, null, landMu, null, null, null);
    }

    private static PromisedDay promised(Milestone milestone, String day) {
        return new PromisedDay(milestone, day(day));
    }

    private static ProgressFact milestone(Milestone milestone, String day) {
        return new ProgressFact(ProgressKind.MILESTONE, day(day), null, milestone, null, null, List.of("doc"));
    }

    private static ProgressFact capital(String amount, String day) {
        return new ProgressFact(ProgressKind.CAPITAL_ARRIVED, day(day), wan(amount), null, null, null,
                                List.of("receipt"));
    }

    private static LeadState lead(String leadId, String company, SourceMarket market, String owner, String leader) {
        LocalDate identified = day("2024-06-01");
        return new LeadState(leadId, Company.named(null, company), market, null, null, owner, List.of(),
                             Stage.SIGNED, Stage.SIGNED, LeadStatus.OPEN, identified, identified, null, null,
                             LeadState.Figures.NONE, new LeadState.Assessment(null, null, leader),
                             LeadState.Agreement.NONE, null, LeadState.Hold.NONE, LeadState.Loss.NONE, Map.of(),
                             Map.of(), Map.of(), List.of(), List.of());
    }
}
