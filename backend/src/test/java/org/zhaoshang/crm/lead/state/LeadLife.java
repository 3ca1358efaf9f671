package org.zhaoshang.crm.lead.state;

import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead's life with every kind of lead event, as its aggregate records them (ids reused after a removal, a
 * retraction and a completion, as the aggregate allows), each with the time it was stored.
 */
public final class LeadLife {

    public record Recorded(LeadEvent event, Instant at) {
    }

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private LeadLife() {
    }

    public static List<Recorded> events() {
        List<LeadEvent> events = List.of(
                new LeadCreatedEvent("lead-1", Company.named("Thames Capital", "泰晤士资本"), SourceMarket.LONDON,
                                     Channel.AMBASSADOR, "amb-1", "staff-li.na", DAY),
                new ContactAddedEvent("lead-1", "c1", new Contact("Smith", "Alice", "CFO", "+44 20 7946 0000",
                                                                  "alice@thames.example", MessagingApp.WHATSAPP,
                                                                  "alice")),
                new ContactAddedEvent("lead-1", "c2", new Contact("王", "芳", null, null, null, null, null)),
                new ContactChangedEvent("lead-1", "c1", new Contact("Wong", "Alice", null, null, null, null, null)),
                new ContactRemovedEvent("lead-1", "c2"),
                new ContactAddedEvent("lead-1", "c2", new Contact(null, "Bob", null, null, null, null, null)),
                new ActivityLoggedEvent("lead-1", "a1", ActivityType.CALL, DAY.plusDays(3), List.of("Alice"), "call",
                                        false),
                new ActivityLoggedEvent("lead-1", "a2", ActivityType.MEETING, DAY.plusDays(9), List.of(), "meeting",
                                        true),
                new ActivityCorrectedEvent("lead-1", "a1", ActivityType.EMAIL, DAY.plusDays(4), List.of(), "mail",
                                           null),
                new ActivityRetractedEvent("lead-1", "a2", "wrong lead"),
                new ActivityLoggedEvent("lead-1", "a2", ActivityType.CALL, DAY.plusDays(10), List.of(), "again",
                                        false),
                new FollowUpScheduledEvent("lead-1", "f1", "send proposal", DAY.plusDays(30), "staff-li.na"),
                new FollowUpScheduledEvent("lead-1", "f2", "call CFO", DAY.plusDays(32), "staff-zhang.wei"),
                new FollowUpRescheduledEvent("lead-1", "f2", DAY.plusDays(32), DAY.plusDays(28), "sooner"),
                new FollowUpCompletedEvent("lead-1", "f1", "sent"),
                new FollowUpScheduledEvent("lead-1", "f1", "meet again", DAY.plusDays(40), "staff-li.na"),
                new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, DAY.plusDays(5), null),
                new LeadMovedToStageEvent("lead-1", Stage.NEGOTIATION, Stage.SITE_VISIT, DAY.plusDays(6), "back"),
                new LeadSourceChangedEvent("lead-1", SourceMarket.HONG_KONG, Channel.ROADSHOW_EVENT, null),
                new LeadCompanyUpdatedEvent("lead-1", new Company("Thames Capital", "泰晤士资本", "UK", "London",
                                                                  Industry.INDUSTRIAL_FINANCE, true, false,
                                                                  "https://thames.example")),
                new LeadNumbersUpdatedEvent("lead-1", new PlannedInvestment(new BigDecimal("1000"), "USD",
                                                                            new BigDecimal("7.1"),
                                                                            new BigDecimal("7100")),
                                            new BigDecimal("30"), new BigDecimal("5000"), new BigDecimal("120"), 80,
                                            TargetZone.FINANCIAL_CITY_CLUSTER, "Tower B"),
                new LeadReassignedEvent("lead-1", "staff-li.na", "staff-wang.fang"),
                new LeadTeamMemberAddedEvent("lead-1", "staff-zhang.wei"),
                new LeadTeamMemberAddedEvent("lead-1", "partner-1"),
                new LeadTeamMemberRemovedEvent("lead-1", "staff-zhang.wei"),
                new LeadAssessmentUpdatedEvent("lead-1", Priority.HIGH, 60, "Director Sun"),
                new LeadPutOnHoldEvent("lead-1", Stage.SITE_VISIT, "budget freeze", DAY.plusDays(90)),
                new LeadReopenedEvent("lead-1", LeadStatus.ON_HOLD, Stage.SITE_VISIT, "budget back"),
                new LeadLostEvent("lead-1", Stage.SITE_VISIT, LossReason.CHOSE_OTHER_LOCATION, "cheaper",
                                  "Qingdao", DAY.plusDays(100)),
                new LeadReopenedEvent("lead-1", LeadStatus.LOST, Stage.SITE_VISIT, null),
                new LeadGateDataMissingEvent("lead-1", Stage.SIGNED, List.of("agreementSignedOn", "agreementReference"),
                                             "台账.csv", 4),
                new LeadMovedToStageEvent("lead-1", Stage.SITE_VISIT, Stage.SIGNED, DAY.plusDays(120), null),
                new AgreementSignedEvent("lead-1", DAY.plusDays(120), null),
                new LeadGateDataCompletedEvent("lead-1", Stage.SIGNED, List.of("agreementSignedOn")),
                new CompanyRegisteredEvent("lead-1", DAY.plusDays(150)),
                new LeadImportRecordedEvent("lead-1", "desk.csv", 7, DAY.plusDays(151),
                                            List.of(new SheetCell("备注", "重点项目")),
                                            List.of(new SheetCell("序号", "7"))));
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        return java.util.stream.IntStream.range(0, events.size())
                                         .mapToObj(i -> new Recorded(events.get(i), at.plusSeconds(3_600L * i)))
                                         .toList();
    }
}
