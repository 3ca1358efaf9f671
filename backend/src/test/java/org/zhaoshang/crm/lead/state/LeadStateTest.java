package org.zhaoshang.crm.lead.state;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadStateTest {

    private static LeadState fold(List<LeadLife.Recorded> events, int times) {
        LeadState lead = LeadState.NONE;
        for (LeadLife.Recorded recorded : events) {
            for (int i = 0; i < times; i++) {
                lead = lead.apply(recorded.event(), recorded.at());
            }
        }
        return lead;
    }

    @Test
    void theLifeCoversEveryLeadEvent() {
        assertThat(LeadLife.events().stream().<Class<?>>map(recorded -> recorded.event().getClass()).distinct())
                .containsExactlyInAnyOrder(LeadEvent.class.getPermittedSubclasses());
    }

    @Test
    void anEventAppliedTwiceChangesNothing() {
        assertThat(fold(LeadLife.events(), 2)).isEqualTo(fold(LeadLife.events(), 1));
    }

    @Test
    void theLeadIsWhatItsEventsLeft() {
        List<LeadLife.Recorded> events = LeadLife.events();
        LeadState lead = fold(events, 1);

        assertThat(lead.exists()).isTrue();
        assertThat(lead.company().website()).isEqualTo("https://thames.example");
        assertThat(lead.owner()).isEqualTo("staff-wang.fang");
        assertThat(lead.team()).containsExactly("partner-1");
        assertThat(lead.stage()).isEqualTo(Stage.SIGNED);
        assertThat(lead.furthestStage()).isEqualTo(Stage.SIGNED);
        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.hold()).isEqualTo(LeadState.Hold.NONE);
        assertThat(lead.loss()).isEqualTo(LeadState.Loss.NONE);
        assertThat(lead.stageEnteredOn()).isEqualTo(LocalDate.of(2026, 3, 2).plusDays(120));
        assertThat(lead.createdAt()).isEqualTo(events.get(0).at());
        assertThat(lead.stageChangedAt()).isEqualTo(events.get(31).at());
        assertThat(lead.dataToComplete()).containsExactly(new org.zhaoshang.crm.lead.api.value.MissingGateData(
                Stage.SIGNED, List.of("agreementReference"), "台账.csv", 4));
        assertThat(lead.figures().investmentPerMuWan()).isEqualByComparingTo(new BigDecimal("236.67"));
        assertThat(lead.contacts().keySet()).containsExactly("c1", "c2");
        assertThat(lead.importRecords()).extracting(LeadState.ImportRecord::file, LeadState.ImportRecord::row)
                                        .containsExactly(org.assertj.core.groups.Tuple.tuple("desk.csv", 7));
        assertThat(lead.contacts().get("c2").contact().givenName()).isEqualTo("Bob");
        assertThat(lead.activities().values()).extracting(LeadDetail.ActivityEntry::summary,
                                                          LeadDetail.ActivityEntry::internal,
                                                          LeadDetail.ActivityEntry::retracted)
                                              .containsExactly(org.assertj.core.groups.Tuple.tuple("mail", false, false),
                                                               org.assertj.core.groups.Tuple.tuple("again", false, false));
        assertThat(lead.followUps().values()).extracting(LeadDetail.FollowUpEntry::nextStep,
                                                         LeadDetail.FollowUpEntry::done)
                                             .containsExactly(org.assertj.core.groups.Tuple.tuple("meet again", false),
                                                              org.assertj.core.groups.Tuple.tuple("call CFO", false));
    }

    @Test
    void eventsOfALeadNeverCreatedLeaveNoLead() {
        LeadState lead = LeadState.NONE.apply(new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.CONTACTED,
                                                                        LocalDate.of(2026, 3, 2), null),
                                              Instant.EPOCH);

        assertThat(lead.exists()).isFalse();
    }

    @Test
    void aLeadCreatedAgainStartsAfresh() {
        List<LeadLife.Recorded> events = LeadLife.events();
        LeadState again = fold(events, 1).apply(events.get(0).event(), events.get(0).at());

        assertThat(again).isEqualTo(fold(events.subList(0, 1), 1));
    }
}
