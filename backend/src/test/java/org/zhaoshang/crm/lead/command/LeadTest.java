package org.zhaoshang.crm.lead.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

class LeadTest {

    private AggregateTestFixture<Lead> fixture;

    /** 10:00 in Jinan on 27 November 2026 (02:00 UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void createsLeadAtFirstStageWithTrimmedNames() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", "  HSBC Asset Management ", "汇丰资管", SourceMarket.HONG_KONG))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new LeadCreatedEvent("lead-1", "HSBC Asset Management", "汇丰资管", SourceMarket.HONG_KONG));
    }

    @Test
    void chineseNameAloneIsEnough() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", " ", "株式会社资生堂", SourceMarket.JAPAN))
               .expectEvents(new LeadCreatedEvent("lead-1", null, "株式会社资生堂", SourceMarket.JAPAN));
    }

    @Test
    void cannotCreateWithoutAnyCompanyNameOrMarket() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", "", null, null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("companyName: give the company name in English or in Chinese (or both); "
                                               + "market: must not be empty");
    }

    @Test
    void cannotCreateWithOverlongName() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", "x".repeat(201), null, SourceMarket.LONDON))
               .expectNoEvents()
               .expectExceptionMessage("companyNameEn: must be at most 200 characters");
    }

    @Test
    void movesToAnyOtherStageRecordingWhereItCameFromAndWhenItHappened() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.SITE_VISIT, TODAY.minusDays(3), " visited us ", null))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SITE_VISIT, TODAY.minusDays(3),
                                                       "visited us"));
    }

    @Test
    void aMoveWithoutDateHappenedTodayInJinan() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.NEGOTIATION))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, TODAY, null));
    }

    @Test
    void movesBackAfterMovingForward() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON),
                      new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, TODAY, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.NEGOTIATION, Stage.CONTACTED, TODAY, null));
    }

    @Test
    void cannotMoveToTheStageItIsAt() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.LEAD))
               .expectNoEvents()
               .expectExceptionMessage("to: the lead is already at stage LEAD");
    }

    @Test
    void cannotMoveWithoutStage() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("to: must not be empty");
    }

    @Test
    void cannotRecordAMoveThatHappensTomorrow() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, TODAY.plusDays(1), null, null))
               .expectNoEvents()
               .expectExceptionMessage("occurredOn: must not be after today (2026-11-27)");
    }

    @Test
    void cannotMoveWithAnOverlongComment() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, null, "x".repeat(2_001), null))
               .expectNoEvents()
               .expectExceptionMessage("comment: must be at most 2000 characters");
    }
}
