package org.zhaoshang.crm.supervision.query;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small story of key projects at today = 2026-06-30: lead-1 (leader.zhao) red by a problem 107 days overdue,
 * lead-2 (leader.qian) yellow after 60 days without progress (its last activity recorded 19 days after it happened),
 * lead-3 key until it stopped, lead-4 never key. Events built directly, each with its version and the time stored.
 */
final class SupervisionFixture {

    static final LocalDate TODAY = LocalDate.parse("2026-06-30");
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(BureauTime.ZONE).toInstant(), BureauTime.ZONE);
    static final String ZHAO = "leader.zhao";
    static final String QIAN = "leader.qian";

    /** One event as the processor hands it over: the event, its aggregate's sequence number, when it was stored. */
    record Delivery(Object event, long version, Instant storedAt) {

        void to(SupervisionProjection projection) {
            if (event instanceof LeadEvent lead) {
                projection.on(lead, version, storedAt);
            } else if (event instanceof KeyProjectEvent keyProject) {
                projection.on(keyProject, version);
            } else if (event instanceof ProblemEvent problem) {
                projection.on(problem, version);
            } else {
                projection.on((ProgressVerifiedEvent) event, version);
            }
        }
    }

    private SupervisionFixture() {
    }

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    static Instant at(String day) {
        return day(day).atTime(9, 0).atZone(BureauTime.ZONE).toInstant();
    }

    static List<Delivery> events() {
        List<Delivery> events = new ArrayList<>();
        lead(events, "lead-1", "伦敦资本", "2025-10-01");
        events.add(new Delivery(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.CONTACTED, day("2025-11-01"),
                                                          null), 1, at("2025-11-01")));
        events.add(new Delivery(new ContactRemovedEvent("lead-1", "c-9"), 2, at("2025-11-02")));
        events.add(new Delivery(activity("lead-1", "a-1", "2026-06-01"), 3, at("2026-06-01")));
        lead(events, "lead-2", "首尔医疗", "2025-09-01");
        events.add(new Delivery(activity("lead-2", "a-1", "2026-01-05"), 1, at("2026-01-05")));
        events.add(new Delivery(activity("lead-2", "a-2", "2026-03-01"), 2, at("2026-03-01")));
        events.add(new Delivery(new ActivityRetractedEvent("lead-2", "a-2", "logged on the wrong lead"), 3,
                                at("2026-03-20")));
        events.add(new Delivery(activity("lead-2", "a-3", "2026-05-01"), 4, at("2026-05-20")));
        events.add(new Delivery(new LeadCompanyUpdatedEvent("lead-2", Company.named("Seoul Care", "首尔康护")), 5,
                                at("2026-05-21")));
        lead(events, "lead-3", "东京文化", "2025-09-01");
        lead(events, "lead-4", "香港金融", "2025-09-01");

        designate(events, "lead-1", ZHAO, "dept-finance", "2026-01-10", 0);
        designate(events, "lead-2", QIAN, "dept-health", "2026-01-10", 0);
        designate(events, "lead-3", ZHAO, "dept-culture", "2026-01-10", 0);
        events.add(new Delivery(new KeyProjectStoppedEvent(KeyProjectIds.of(2026, "lead-3"), 2026, "lead-3",
                                                           "merged into lead-1", "manager", day("2026-04-01")), 1,
                                at("2026-04-01")));
        events.add(new Delivery(new InstructionWrittenEvent(KeyProjectIds.of(2026, "lead-1"), 2026, "lead-1", "i-1",
                                                            "pr-1", "请规划局两周内答复", ZHAO, day("2026-04-01")), 1,
                                at("2026-04-01")));

        events.add(new Delivery(new ProblemRaisedEvent("pr-1", "lead-1", "规划许可迟迟未批", "dept-planning",
                                                       day("2026-03-15"), "staff", day("2026-03-01")), 0,
                                at("2026-03-01")));
        events.add(new Delivery(new ProblemProgressNotedEvent("pr-1", "lead-1", "已约规划局", "planner",
                                                              day("2026-03-10")), 1, at("2026-03-10")));
        events.add(new Delivery(new ProblemRaisedEvent("pr-2", "lead-2", "签证办理慢", "dept-health",
                                                       day("2026-02-20"), "staff", day("2026-02-01")), 0,
                                at("2026-02-01")));
        events.add(new Delivery(new ProblemResolvedEvent("pr-2", "lead-2", "办妥", "health", day("2026-02-18")), 1,
                                at("2026-02-18")));
        events.add(new Delivery(new ProblemClosedEvent("pr-2", "lead-2", null, "manager", day("2026-02-25")), 2,
                                at("2026-02-25")));

        events.add(new Delivery(new ProgressVerifiedEvent(
                "p-1", "lead-1", "f-1", new ProgressFact(ProgressKind.MILESTONE, day("2026-02-10"), null,
                                                         Milestone.REGISTERED, null, null, List.of()),
                "staff", "manager", day("2026-02-15"), null), 2, at("2026-02-15")));
        return events;
    }

    private static void lead(List<Delivery> events, String leadId, String name, String day) {
        events.add(new Delivery(new LeadCreatedEvent(leadId, Company.named(null, name), SourceMarket.LONDON,
                                                     Channel.CAPITAL_LED, null, "staff", day(day)), 0, at(day)));
    }

    private static ActivityLoggedEvent activity(String leadId, String activityId, String day) {
        return new ActivityLoggedEvent(leadId, activityId, ActivityType.MEETING, day(day), List.of(), "met", false);
    }

    private static void designate(List<Delivery> events, String leadId, String leader, String department,
                                  String day, long version) {
        events.add(new Delivery(new KeyProjectDesignatedEvent(KeyProjectIds.of(2026, leadId), 2026, leadId,
                                                              new Designation(leader, department, "年内开工"),
                                                              "manager", day(day)), version, at(day)));
    }

    static SupervisionProjection projected(SupervisionProjection projection) {
        events().forEach(delivery -> delivery.to(projection));
        return projection;
    }

    static MetaData as(String user, Role... roles) {
        return MetaData.from(Caller.user(user, Set.of(roles), null).toMetaData());
    }

    static SupervisionQueries queries(SupervisionProjection projection) {
        return new SupervisionQueries(projection, () -> RulesInForce.DEFAULTS_ONLY,
                                      (leadId, day, knowledge) -> Optional.empty(), CLOCK);
    }
}
