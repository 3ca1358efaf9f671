package org.zhaoshang.crm.lead.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.value.FieldChange;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeadTimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                                                               .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final LeadTimeline timeline = new LeadTimeline();

    /** The event's changes, given with its fields as the history gives them. */
    private List<FieldChange> apply(LeadEvent event) {
        return timeline.apply(event, JSON.convertValue(event, new TypeReference<Map<String, Object>>() {
        }));
    }

    private static Contact contact(String phone) {
        return new Contact("Tanaka", null, null, phone, null, null, null);
    }

    @Test
    void tellsEachEventsChangesFromBeforeToAfter() {
        apply(new LeadCreatedEvent("l", Company.named("Thames Capital", null), SourceMarket.LONDON, null, null,
                                   "staff-li.na", DAY));

        assertThat(apply(new LeadReassignedEvent("l", "staff-li.na", "staff-wang.fang")))
                .containsExactly(new FieldChange("owner", "staff-li.na", "staff-wang.fang"));
        assertThat(apply(new LeadCompanyUpdatedEvent("l", Company.named("Thames Capital plc", null))))
                .containsExactly(new FieldChange("company.nameEn", "Thames Capital", "Thames Capital plc"));
        assertThat(apply(new LeadMovedToStageEvent("l", Stage.LEAD, Stage.CONTACTED, DAY, "first call")))
                .containsExactly(new FieldChange("stage", Stage.LEAD, Stage.CONTACTED));
        assertThat(apply(new LeadPutOnHoldEvent("l", Stage.CONTACTED, "budget", null)))
                .containsExactly(new FieldChange("status", LeadStatus.OPEN, LeadStatus.ON_HOLD));
    }

    /** Values keep their types (a day, an amount, a code), so whoever shows them writes them in the user's way. */
    @Test
    void valuesKeepTheirTypes() {
        assertThat(apply(new LeadCreatedEvent("l", Company.named("Thames Capital", null), SourceMarket.LONDON,
                                              Channel.ROADSHOW_EVENT, null, "staff", DAY)))
                .contains(new FieldChange("market", null, SourceMarket.LONDON),
                          new FieldChange("channel", null, Channel.ROADSHOW_EVENT),
                          new FieldChange("identifiedOn", null, DAY),
                          new FieldChange("stage", null, Stage.LEAD));
        assertThat(apply(new AgreementSignedEvent("l", DAY, "LX-2026-7")))
                .containsExactly(new FieldChange("signedOn", null, DAY), new FieldChange("reference", null, "LX-2026-7"));
        apply(new ActivityLoggedEvent("l", "a1", ActivityType.CALL, DAY, List.of("Emma Hughes"), "call", false));
        assertThat(apply(new ActivityCorrectedEvent("l", "a1", ActivityType.MEETING, DAY,
                                                    List.of("Emma Hughes", "Zhang Wei"), "call", null)))
                .containsExactly(new FieldChange("activities.a1.type", ActivityType.CALL, ActivityType.MEETING),
                                 new FieldChange("activities.a1.participants", List.of("Emma Hughes"),
                                                 List.of("Emma Hughes", "Zhang Wei")));
    }

    /** A planned investment is one figure: its amount, currency, rate and value in 万元 change together. */
    @Test
    void aPlannedInvestmentIsOneField() {
        PlannedInvestment usd = new PlannedInvestment(new BigDecimal("300"), "USD", new BigDecimal("7.1"),
                                                      new BigDecimal("2130.00"));

        assertThat(apply(new LeadNumbersUpdatedEvent("l", usd, null, null, null, 80, TargetZone.MINGFU_OLD_CITY,
                                                     null)))
                .containsExactly(new FieldChange("plannedInvestment", null, usd),
                                 new FieldChange("expectedJobs", null, 80),
                                 new FieldChange("targetZone", null, TargetZone.MINGFU_OLD_CITY));
    }

    /** The team is a list: a member added or removed changes it, not a field named after the last one. */
    @Test
    void theTeamIsAList() {
        assertThat(apply(new LeadTeamMemberAddedEvent("l", "staff-li.na")))
                .containsExactly(new FieldChange("team", null, List.of("staff-li.na")));
        assertThat(apply(new LeadTeamMemberAddedEvent("l", "staff-wang.fang")))
                .containsExactly(new FieldChange("team", List.of("staff-li.na"),
                                                 List.of("staff-li.na", "staff-wang.fang")));
        assertThat(apply(new LeadTeamMemberRemovedEvent("l", "staff-li.na")))
                .containsExactly(new FieldChange("team", List.of("staff-li.na", "staff-wang.fang"),
                                                 List.of("staff-wang.fang")));
        assertThat(apply(new LeadTeamMemberRemovedEvent("l", "staff-wang.fang")))
                .containsExactly(new FieldChange("team", List.of("staff-wang.fang"), null));
    }

    @Test
    void namesTheFieldsOfContactsActivitiesAndFollowUpsByMember() {
        apply(new ContactAddedEvent("l", "c1", contact("1")));

        assertThat(apply(new ContactChangedEvent("l", "c1", contact("2"))))
                .containsExactly(new FieldChange("contacts.c1.contact.phone", "1", "2"));
        assertThat(apply(new ContactRemovedEvent("l", "c1")))
                .containsExactlyInAnyOrder(new FieldChange("contacts.c1.contact.familyName", "Tanaka", null),
                                           new FieldChange("contacts.c1.contact.phone", "2", null));
        apply(new ActivityLoggedEvent("l", "a1", ActivityType.CALL, DAY, List.of(), "call", false));
        assertThat(apply(new ActivityRetractedEvent("l", "a1", "wrong lead")))
                .containsExactly(new FieldChange("activities.a1.retracted", null, true));
    }

    /** A correction that leaves the visibility as it was (null) changes nothing of it. */
    @Test
    void aCorrectionTellsAChangedVisibilityOnly() {
        apply(new ActivityLoggedEvent("l", "a1", ActivityType.CALL, DAY, List.of(), "call", false));

        assertThat(apply(new ActivityCorrectedEvent("l", "a1", ActivityType.CALL, DAY, List.of(), "call!", null)))
                .containsExactly(new FieldChange("activities.a1.summary", "call", "call!"));
        assertThat(apply(new ActivityCorrectedEvent("l", "a1", ActivityType.CALL, DAY, List.of(), "call!", true)))
                .containsExactly(new FieldChange("activities.a1.internal", false, true));
    }
}
