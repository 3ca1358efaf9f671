package org.zhaoshang.crm.lead.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

/** An imported row whose sheet has the lead on hold or lost: recorded with the rest of the row, or nothing is. */
class ImportedStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate REVISIT = LocalDate.of(2027, 2, 27);
    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) ambassadorId -> false);
    }

    @Test
    void aRowOnHoldIsPutOnHoldAtTheStageItReached() {
        fixture.givenNoPriorActivity()
               .when(imported(new PutLeadOnHoldCommand("lead-9", "暂缓（资金未到位）", REVISIT, null), null))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       instanceOf(LeadCreatedEvent.class), instanceOf(ActivityLoggedEvent.class),
                       instanceOf(LeadMovedToStageEvent.class),
                       equalTo(new LeadPutOnHoldEvent("lead-9", Stage.NEGOTIATION, "暂缓（资金未到位）", REVISIT)),
                       andNoMore())));
    }

    @Test
    void aRowLostElsewhereIsMarkedLostWithThePlace() {
        fixture.givenNoPriorActivity()
               .when(imported(null, new MarkLeadLostCommand("lead-9", LossReason.CHOSE_OTHER_LOCATION,
                                                            "签约济南高新区", "济南高新区", LocalDate.of(2025, 10, 1),
                                                            null)))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       instanceOf(LeadCreatedEvent.class), instanceOf(ActivityLoggedEvent.class),
                       instanceOf(LeadMovedToStageEvent.class),
                       equalTo(new LeadLostEvent("lead-9", Stage.NEGOTIATION, LossReason.CHOSE_OTHER_LOCATION,
                                                 "签约济南高新区", "济南高新区", LocalDate.of(2025, 10, 1))),
                       andNoMore())));
    }

    @Test
    void aHoldOrLossItsOwnRulesRefuseLeavesNothingOfTheRow() {
        fixture.givenNoPriorActivity()
               .when(imported(new PutLeadOnHoldCommand("lead-9", "暂缓", LocalDate.of(2026, 1, 1), null), null))
               .expectNoEvents()
               .expectExceptionMessage("revisitOn: must be after today (2026-11-27)");
        fixture.givenNoPriorActivity()
               .when(imported(null, new MarkLeadLostCommand("lead-9", LossReason.OTHER, " ", null, null, null)))
               .expectNoEvents()
               .expectExceptionMessage("detail: say what happened when the reason is OTHER");
        fixture.givenNoPriorActivity()
               .when(imported(new PutLeadOnHoldCommand("lead-9", "暂缓", REVISIT, null),
                              new MarkLeadLostCommand("lead-9", LossReason.OTHER, "流失", null, null, null)))
               .expectNoEvents()
               .expectExceptionMessage("hold: a lead is either on hold or lost");
        fixture.givenNoPriorActivity()
               .when(imported(new PutLeadOnHoldCommand("lead-8", "暂缓", REVISIT, null), null))
               .expectNoEvents()
               .expectExceptionMessage("leadId: every part of an import names the same lead");
    }

    @Test
    void aDryRunOfARowOnHoldDecidesItAllAndStoresNothing() {
        fixture.givenNoPriorActivity()
               .when(imported(new PutLeadOnHoldCommand("lead-9", "暂缓", REVISIT, null), null).asDryRun())
               .expectNoEvents()
               .expectException(ImportCheckPassedException.class);
    }

    private static ImportLeadCommand imported(PutLeadOnHoldCommand hold, MarkLeadLostCommand lost) {
        return new ImportLeadCommand(
                "lead-9",
                new CreateLeadCommand("lead-9", Company.named("Barclays", null), SourceMarket.LONDON, null, null,
                                      LocalDate.of(2025, 3, 1)),
                null, List.of(),
                List.of(new LogActivityCommand("lead-9", "v-1", ActivityType.VISIT_BY_THEM, LocalDate.of(2025, 5, 2),
                                               List.of(), null, false, null)),
                new MoveLeadToStageCommand("lead-9", Stage.NEGOTIATION, LocalDate.of(2025, 6, 1), null, null),
                false, StagePolicy.STRICT, null, hold, lost);
    }
}
