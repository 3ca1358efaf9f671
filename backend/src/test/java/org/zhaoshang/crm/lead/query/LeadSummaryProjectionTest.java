package org.zhaoshang.crm.lead.query;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.FindLeadQuery;
import org.zhaoshang.crm.lead.api.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadPage;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadStatus;
import org.zhaoshang.crm.lead.api.LeadSummary;
import org.zhaoshang.crm.lead.api.LossReason;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadSummaryProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-03-09T08:30:00Z");

    private LeadSummaryProjection projection(String database) {
        return new LeadSummaryProjection(STORE.database(database), SimpleQueryUpdateEmitter.builder().build());
    }

    @Test
    void deliveringEveryEventTwiceGivesTheSameList() {
        LeadSummaryProjection once = projection("once");
        LeadSummaryProjection twice = projection("twice");
        LeadCreatedEvent created = new LeadCreatedEvent("lead-1", Company.named("Thames Capital", "泰晤士资本"), SourceMarket.LONDON, null, null, null, LocalDate.of(2026, 3, 2));
        LeadMovedToStageEvent moved = new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SITE_VISIT,
                                                                LocalDate.of(2026, 3, 9), null);

        once.on(created, CREATED, 0);
        once.on(moved, MOVED, 1);
        twice.on(created, CREATED, 0);
        twice.on(created, CREATED, 0);
        twice.on(moved, MOVED, 1);
        twice.on(moved, MOVED, 1);

        LeadPage expected = new LeadPage(java.util.List.of(new LeadSummary(
                "lead-1", "Thames Capital", "泰晤士资本", SourceMarket.LONDON, Stage.SITE_VISIT, LeadStatus.OPEN, null, LocalDate.of(2026, 3, 2), CREATED, MOVED, 1)), 1);
        assertThat(once.handle(new FindLeadsQuery(0, 20))).isEqualTo(expected);
        assertThat(twice.handle(new FindLeadsQuery(0, 20))).isEqualTo(expected);
    }

    @Test
    void followsHoldLossAndReopeningTwiceDeliveredToo() {
        LeadSummaryProjection projection = projection("status");
        projection.on(new LeadCreatedEvent("lead-9", Company.named("Albion Re", null), SourceMarket.LONDON, null, null, null, LocalDate.of(2026, 3, 2)), CREATED, 0);
        LeadLostEvent lost = new LeadLostEvent("lead-9", Stage.LEAD, LossReason.CHOSE_OTHER_LOCATION, null,
                                               "Qingdao", LocalDate.of(2026, 3, 9));

        projection.on(lost, 1);
        projection.on(lost, 1);
        LeadSummary whenLost = projection.handle(new FindLeadQuery("lead-9"));
        projection.on(new LeadReopenedEvent("lead-9", LeadStatus.LOST, Stage.LEAD, null), 2);

        assertThat(whenLost.status()).isEqualTo(LeadStatus.LOST);
        assertThat(whenLost.version()).isEqualTo(1);
        assertThat(projection.handle(new FindLeadQuery("lead-9")).status()).isEqualTo(LeadStatus.OPEN);
        assertThat(projection.handle(new FindLeadQuery("nobody"))).isNull();
    }

    @Test
    void listsNewestFirstInPages() {
        LeadSummaryProjection projection = projection("paging");
        for (int i = 0; i < 5; i++) {
            projection.on(new LeadCreatedEvent("lead-" + i, Company.named("Company " + i, null), SourceMarket.JAPAN, null, null, null, LocalDate.of(2026, 3, 2)),
                          CREATED.plusSeconds(i), 0);
        }

        LeadPage second = projection.handle(new FindLeadsQuery(1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.leads()).extracting(LeadSummary::leadId).containsExactly("lead-2", "lead-1");
    }

    @Test
    void rejectsPagesOutOfRange() {
        LeadSummaryProjection projection = projection("invalid");

        assertThatThrownBy(() -> projection.handle(new FindLeadsQuery(-1, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("page: must be 0 or more; size: must be between 1 and 200");
    }
}
