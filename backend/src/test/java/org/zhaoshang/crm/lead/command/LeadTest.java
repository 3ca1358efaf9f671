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

class LeadTest {

    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
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
    void movesToAnyOtherStageRecordingWhereItCameFrom() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.NEGOTIATION))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION));
    }

    @Test
    void movesBackAfterMovingForward() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON),
                      new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.NEGOTIATION, Stage.CONTACTED));
    }

    @Test
    void cannotMoveToTheStageItIsAt() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", Stage.LEAD))
               .expectNoEvents()
               .expectExceptionMessage("stage: the lead is already at stage LEAD");
    }

    @Test
    void cannotMoveWithoutStage() {
        fixture.given(new LeadCreatedEvent("lead-1", "Barclays", null, SourceMarket.LONDON))
               .when(new MoveLeadToStageCommand("lead-1", null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("stage: must not be empty");
    }
}
