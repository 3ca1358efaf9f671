package org.zhaoshang.crm.lead.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

class LeadTest {

    private AggregateTestFixture<Lead> fixture;

    /** 10:00 in Jinan on 27 November 2026 (02:00 UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Set<String> ACTIVE_AMBASSADORS = Set.of("amb-7", "partner-3");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) ACTIVE_AMBASSADORS::contains);
    }

    @Test
    void createsLeadAtFirstStageWithTrimmedNames() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("  HSBC Asset Management ", "汇丰资管"), SourceMarket.HONG_KONG, null, null, null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new LeadCreatedEvent("lead-1", Company.named("HSBC Asset Management", "汇丰资管"), SourceMarket.HONG_KONG, null, null, null, TODAY));
    }

    @Test
    void chineseNameAloneIsEnough() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named(" ", "株式会社资生堂"), SourceMarket.JAPAN, null, null, null))
               .expectEvents(new LeadCreatedEvent("lead-1", Company.named(null, "株式会社资生堂"), SourceMarket.JAPAN, null, null, null, TODAY));
    }

    @Test
    void cannotCreateWithoutAnyCompanyNameOrMarket() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("", null), null, null, null, null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("companyName: give the company name in English or in Chinese (or both); "
                                               + "market: must not be empty");
    }

    @Test
    void cannotCreateWithOverlongName() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("x".repeat(201), null), SourceMarket.LONDON, null,
                                             null, null))
               .expectNoEvents()
               .expectExceptionMessage("companyNameEn: must be at most 200 characters");
    }

    private static final ActivityLoggedEvent VISIT = new ActivityLoggedEvent(
            "lead-1", "visit-1", ActivityType.VISIT_BY_THEM, LocalDate.of(2026, 11, 20), List.of("王伟", "J. Smith"),
            "toured the Financial City", false);

    @Test
    void movesToAnyOtherStageRecordingWhereItCameFromAndWhenItHappened() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY), VISIT)
               .when(new MoveLeadToStageCommand("lead-1", Stage.SITE_VISIT, TODAY.minusDays(3), " visited us ", null))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SITE_VISIT, TODAY.minusDays(3),
                                                       "visited us"));
    }

    @Test
    void aMoveWithoutDateHappenedTodayInJinan() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY), VISIT)
               .when(new MoveLeadToStageCommand("lead-1", Stage.NEGOTIATION))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, TODAY, null));
    }

    @Test
    void movesBackAfterMovingForward() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY),
                      new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, TODAY, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.NEGOTIATION, Stage.CONTACTED, TODAY, null));
    }

    @Test
    void cannotMoveToTheStageItIsAt() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY))
               .when(new MoveLeadToStageCommand("lead-1", Stage.LEAD))
               .expectNoEvents()
               .expectExceptionMessage("to: the lead is already at stage LEAD");
    }

    @Test
    void cannotMoveWithoutStage() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY))
               .when(new MoveLeadToStageCommand("lead-1", null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("to: must not be empty");
    }

    @Test
    void cannotRecordAMoveThatHappensTomorrow() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, TODAY.plusDays(1), null, null))
               .expectNoEvents()
               .expectExceptionMessage("occurredOn: must not be after today (2026-11-27)");
    }

    @Test
    void cannotMoveWithAnOverlongComment() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, null, "x".repeat(2_001), null))
               .expectNoEvents()
               .expectExceptionMessage("comment: must be at most 2000 characters");
    }

    private static final LeadCreatedEvent CREATED =
            new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, TODAY);
    private static final LeadPutOnHoldEvent ON_HOLD =
            new LeadPutOnHoldEvent("lead-1", Stage.LEAD, "budget frozen until Q2", TODAY.plusDays(90));
    private static final LeadLostEvent LOST = new LeadLostEvent("lead-1", Stage.LEAD, LossReason.COSTS_TOO_HIGH,
                                                                null, null, TODAY);

    @Test
    void putsAnOpenLeadOnHoldWithReasonAndRevisitDay() {
        fixture.given(CREATED)
               .when(new PutLeadOnHoldCommand("lead-1", " budget frozen until Q2 ", TODAY.plusDays(90), null))
               .expectEvents(ON_HOLD);
    }

    @Test
    void cannotHoldWithoutReasonOrWithARevisitDayThatIsNotAhead() {
        fixture.given(CREATED)
               .when(new PutLeadOnHoldCommand("lead-1", "", TODAY, null))
               .expectNoEvents()
               .expectExceptionMessage("reason: must not be empty; revisitOn: must be after today (2026-11-27)");
    }

    @Test
    void aLeadOnHoldCannotMoveUntilReopened() {
        fixture.given(CREATED, ON_HOLD)
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectNoEvents()
               .expectExceptionMessage("status: the lead is on hold: reopen it first");
    }

    @Test
    void cannotHoldALeadThatIsOnHold() {
        fixture.given(CREATED, ON_HOLD)
               .when(new PutLeadOnHoldCommand("lead-1", "again", TODAY.plusDays(1), null))
               .expectNoEvents()
               .expectExceptionMessage("status: the lead is on hold: reopen it first");
    }

    @Test
    void losesALeadToACompetingLocation() {
        fixture.given(CREATED, ON_HOLD)
               .when(new MarkLeadLostCommand("lead-1", LossReason.CHOSE_OTHER_LOCATION, null, " Qingdao ",
                                             TODAY.minusDays(1), null))
               .expectEvents(new LeadLostEvent("lead-1", Stage.LEAD, LossReason.CHOSE_OTHER_LOCATION, null,
                                               "Qingdao", TODAY.minusDays(1)));
    }

    @Test
    void aLossNeedsAReasonAndWhatTheReasonAsksFor() {
        fixture.given(CREATED)
               .when(new MarkLeadLostCommand("lead-1", null, null, null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("reason: must not be empty");
        fixture.given(CREATED)
               .when(new MarkLeadLostCommand("lead-1", LossReason.OTHER, " ", null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("detail: say what happened when the reason is OTHER");
        fixture.given(CREATED)
               .when(new MarkLeadLostCommand("lead-1", LossReason.CHOSE_OTHER_LOCATION, null, null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("competingLocation: name the location the company chose");
    }

    @Test
    void cannotLoseALeadTwice() {
        fixture.given(CREATED, LOST)
               .when(new MarkLeadLostCommand("lead-1", LossReason.LOST_CONTACT, null, null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("status: the lead is already lost");
    }

    @Test
    void reopensALostLeadAtTheStageWhereItStopped() {
        fixture.given(CREATED, new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.NEGOTIATION, TODAY, null),
                      new LeadLostEvent("lead-1", Stage.NEGOTIATION, LossReason.COSTS_TOO_HIGH, null, null, TODAY))
               .when(new ReopenLeadCommand("lead-1", "new CFO, new budget", null))
               .expectEvents(new LeadReopenedEvent("lead-1", LeadStatus.LOST, Stage.NEGOTIATION,
                                                   "new CFO, new budget"));
    }

    @Test
    void aReopenedLeadMovesAgain() {
        fixture.given(CREATED, LOST, new LeadReopenedEvent("lead-1", LeadStatus.LOST, Stage.LEAD, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.CONTACTED, TODAY, null));
    }

    @Test
    void cannotReopenAnOpenLead() {
        fixture.given(CREATED)
               .when(new ReopenLeadCommand("lead-1", null, null))
               .expectNoEvents()
               .expectExceptionMessage("status: the lead is open already");
    }

    private static final LeadNumbersUpdatedEvent NUMBERS = new LeadNumbersUpdatedEvent(
            "lead-1", new PlannedInvestment(new BigDecimal("50000"), "CNY", BigDecimal.ONE, new BigDecimal("50000.00")),
            new BigDecimal("8"), null, null, null, TargetZone.FINANCIAL_CITY_CLUSTER, null);

    @Test
    void convertsAForeignInvestmentToCnyWithTheRateOfTheDay() {
        fixture.given(CREATED)
               .when(new UpdateLeadNumbersCommand("lead-1", new BigDecimal("300"), "USD", new BigDecimal("7.1234"),
                                                  new BigDecimal("12.5"), new BigDecimal("2000"), new BigDecimal("150"),
                                                  80, TargetZone.FINANCIAL_CITY_CLUSTER, " 汉峪金谷 A3 ", null))
               .expectEvents(new LeadNumbersUpdatedEvent(
                       "lead-1", new PlannedInvestment(new BigDecimal("300"), "USD", new BigDecimal("7.1234"),
                                                       new BigDecimal("2137.02")),
                       new BigDecimal("12.5"), new BigDecimal("2000"), new BigDecimal("150"), 80,
                       TargetZone.FINANCIAL_CITY_CLUSTER, "汉峪金谷 A3"));
    }

    @Test
    void rejectsNegativeFiguresUnknownCurrenciesAndMissingRates() {
        fixture.given(CREATED)
               .when(new UpdateLeadNumbersCommand("lead-1", new BigDecimal("-1"), "XYZ", null, new BigDecimal("-2"),
                                                  null, null, -5, null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("investmentAmountWan: must be between 0 and 100000000; "
                                               + "investmentCurrency: must be one of CNY, USD, HKD, GBP, EUR, JPY, KRW; "
                                               + "rateToCny: give the rate of the day for an amount in XYZ; "
                                               + "landAreaMu: must be between 0 and 100000; "
                                               + "expectedJobs: must be between 0 and 1000000");
    }

    @Test
    void cannotReachIntentWithoutPlannedInvestmentAndTargetZone() {
        fixture.given(CREATED, VISIT)
               .when(new MoveLeadToStageCommand("lead-1", Stage.INTENT))
               .expectNoEvents()
               .expectException(StageGateNotMetException.class)
               .expectExceptionMessage("plannedInvestment: a planned investment is needed before the lead can be "
                                               + "INTENT; targetZone: a target zone is needed before the lead can be "
                                               + "INTENT");
    }

    @Test
    void reachesIntentOnceTheNumbersAreKnown() {
        fixture.given(CREATED, VISIT, NUMBERS)
               .when(new MoveLeadToStageCommand("lead-1", Stage.INTENT))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.INTENT, TODAY, null));
    }

    @Test
    void signingNeedsTheAgreementAndRecordsItWithTheMove() {
        fixture.given(CREATED, VISIT, NUMBERS)
               .when(new MoveLeadToStageCommand("lead-1", Stage.SIGNED))
               .expectNoEvents()
               .expectExceptionMessage("agreementSignedOn: the day the agreement was signed is needed before the "
                                               + "lead can be SIGNED; agreementReference: the agreement's reference is "
                                               + "needed before the lead can be SIGNED");
        fixture.given(CREATED, VISIT, NUMBERS)
               .when(new MoveLeadToStageCommand("lead-1", Stage.SIGNED, null, null, TODAY.minusDays(1),
                                                " 历下招商〔2026〕17号 ", null, null))
               .expectEvents(new AgreementSignedEvent("lead-1", TODAY.minusDays(1), "历下招商〔2026〕17号"),
                             new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SIGNED, TODAY, null));
    }

    @Test
    void landingNeedsTheRegistrationDay() {
        fixture.given(CREATED, NUMBERS, new AgreementSignedEvent("lead-1", TODAY, "A-1"),
                      new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SIGNED, TODAY, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.LANDED, null, null, null, null, TODAY, null))
               .expectEvents(new CompanyRegisteredEvent("lead-1", TODAY),
                             new LeadMovedToStageEvent("lead-1", Stage.SIGNED, Stage.LANDED, TODAY, null));
    }

    @Test
    void movingBackNeedsNothing() {
        fixture.given(CREATED, NUMBERS, new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.INTENT, TODAY, null),
                      new LeadNumbersUpdatedEvent("lead-1", null, null, null, null, null, null, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED))
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.INTENT, Stage.CONTACTED, TODAY, null));
    }

    @Test
    void anAgreementOnlyComesWithAMoveToSignedOrLater() {
        fixture.given(CREATED)
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, null, null, TODAY, "A-1", null, null))
               .expectNoEvents()
               .expectExceptionMessage("to: an agreement or registration comes with a move to SIGNED or later");
    }

    @Test
    void recordsWhoCreatedTheLeadAsItsOwnerWithChannelAndIntroducer() {
        Company company = new Company(" Thames Capital ", "泰晤士资本", "United Kingdom", "London",
                                      Industry.INDUSTRIAL_FINANCE, true, false, "https://thames.example");
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", company, SourceMarket.LONDON, Channel.AMBASSADOR, "amb-7", null),
                     Map.of(Actor.META_DATA_KEY, "staff-zhang"))
               .expectEvents(new LeadCreatedEvent(
                       "lead-1", new Company("Thames Capital", "泰晤士资本", "United Kingdom", "London",
                                             Industry.INDUSTRIAL_FINANCE, true, false, "https://thames.example"),
                       SourceMarket.LONDON, Channel.AMBASSADOR, "amb-7", "staff-zhang", TODAY));
    }

    @Test
    void aCompanyWebsiteMustBeAWebAddress() {
        fixture.given(CREATED)
               .when(new UpdateLeadCompanyCommand("lead-1", new Company("Barclays", null, null, null, null, false,
                                                                        false, "barclays dot com"), null))
               .expectNoEvents()
               .expectExceptionMessage("website: must be an address starting with http:// or https://");
    }

    @Test
    void updatesTheCompany() {
        Company company = new Company("Barclays", "巴克莱", "United Kingdom", "London", Industry.INDUSTRIAL_FINANCE,
                                      true, true, "https://home.barclays");
        fixture.given(CREATED)
               .when(new UpdateLeadCompanyCommand("lead-1", company, null))
               .expectEvents(new LeadCompanyUpdatedEvent("lead-1", company));
    }

    @Test
    void aSiteVisitNeedsALoggedVisit() {
        fixture.given(CREATED, new ActivityLoggedEvent("lead-1", "call-1", ActivityType.CALL, TODAY, List.of(), null, false))
               .when(new MoveLeadToStageCommand("lead-1", Stage.SITE_VISIT))
               .expectNoEvents()
               .expectExceptionMessage("activities: a logged visit (ours to them or theirs to us) is needed before "
                                               + "the lead can be SITE_VISIT");
    }

    @Test
    void logsAnActivityWithTrimmedParticipants() {
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "visit-1", ActivityType.VISIT_BY_THEM, LocalDate.of(2026, 11, 20),
                                            List.of(" 王伟 ", "J. Smith"), " toured the Financial City ", null, null))
               .expectEvents(VISIT);
    }

    @Test
    void anActivityNeedsTypeAndDayAndSaneParticipants() {
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "a-1", null, null, List.of("ok", " "), null, null, null))
               .expectNoEvents()
               .expectExceptionMessage("type: must not be empty; occurredOn: must not be empty; "
                                               + "participants: each must be a name of at most 100 characters");
    }

    @Test
    void memberIdsAreLettersDigitsDashesAndUnderscoresOnly() {
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "a.1", ActivityType.CALL, TODAY, List.of(), "call", null, null))
               .expectNoEvents()
               .expectExceptionMessage("activityId: letters, digits, - and _ only, at most 64");
        fixture.given(CREATED)
               .when(new AddContactCommand("lead-1", "$where", TANAKA, null))
               .expectNoEvents()
               .expectExceptionMessage("contactId: letters, digits, - and _ only, at most 64");
        fixture.given(CREATED)
               .when(new ScheduleFollowUpCommand("lead-1", "x".repeat(65), "call", TODAY, "staff-li.na", null))
               .expectNoEvents()
               .expectExceptionMessage("followUpId: letters, digits, - and _ only, at most 64");
    }

    @Test
    void correctsAndRetractsAnActivityAsNewFacts() {
        fixture.given(CREATED, VISIT)
               .when(new CorrectActivityCommand("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                List.of("王伟"), "we went to London", null))
               .expectEvents(new ActivityCorrectedEvent("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                        List.of("王伟"), "we went to London", null));
        fixture.given(CREATED, VISIT)
               .when(new RetractActivityCommand("lead-1", "visit-1", "logged on the wrong lead", null))
               .expectEvents(new ActivityRetractedEvent("lead-1", "visit-1", "logged on the wrong lead"));
    }

    /** Issue 15: a correction with "internal": true was taken, and the flag dropped. */
    @Test
    void aCorrectionHidesOrShowsTheActivity() {
        fixture.given(CREATED, VISIT)
               .when(new CorrectActivityCommand("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                List.of("王伟"), "bureau only", true, null))
               .expectEvents(new ActivityCorrectedEvent("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                        List.of("王伟"), "bureau only", true));
        fixture.given(CREATED, VISIT)
               .when(new CorrectActivityCommand("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                List.of("王伟"), "for all", false, null))
               .expectEvents(new ActivityCorrectedEvent("lead-1", "visit-1", ActivityType.VISIT_BY_US, TODAY,
                                                        List.of("王伟"), "for all", false));
    }

    @Test
    void aRetractedVisitNoLongerOpensTheSiteVisitGate() {
        fixture.given(CREATED, VISIT, new ActivityRetractedEvent("lead-1", "visit-1", "wrong lead"))
               .when(new MoveLeadToStageCommand("lead-1", Stage.SITE_VISIT))
               .expectNoEvents()
               .expectException(StageGateNotMetException.class);
    }

    @Test
    void cannotCorrectOrRetractAnUnknownActivity() {
        fixture.given(CREATED)
               .when(new RetractActivityCommand("lead-1", "nope", "x", null))
               .expectNoEvents()
               .expectExceptionMessage("activityId: no recorded activity has this id");
    }

    private static final Contact TANAKA = new Contact("Tanaka", "Yuki", "CFO", "+81 3-1234-5678", "yuki@kct.example",
                                                      MessagingApp.LINE, "tanaka.y");

    @Test
    void addsChangesAndRemovesContacts() {
        fixture.given(CREATED)
               .when(new AddContactCommand("lead-1", "c-1", new Contact(" Tanaka ", " Yuki ", "CFO",
                                                                        "+81 3-1234-5678", "yuki@kct.example",
                                                                        MessagingApp.LINE, "tanaka.y"), null))
               .expectEvents(new ContactAddedEvent("lead-1", "c-1", TANAKA));
        fixture.given(CREATED, new ContactAddedEvent("lead-1", "c-1", TANAKA))
               .when(new RemoveContactCommand("lead-1", "c-1", null))
               .expectEvents(new ContactRemovedEvent("lead-1", "c-1"));
        fixture.given(CREATED, new ContactAddedEvent("lead-1", "c-1", TANAKA), new ContactRemovedEvent("lead-1", "c-1"))
               .when(new ChangeContactCommand("lead-1", "c-1", TANAKA, null))
               .expectNoEvents()
               .expectExceptionMessage("contactId: no recorded contact has this id");
    }

    @Test
    void aContactNeedsANameAndWellFormedDetails() {
        fixture.given(CREATED)
               .when(new AddContactCommand("lead-1", "c-1", new Contact(" ", null, null, "call me", "yuki@", null,
                                                                        "x"), null))
               .expectNoEvents()
               .expectExceptionMessage("contactName: give the family name, the given name or both; phone: digits, "
                                               + "spaces, +, -, ( and ) only, at most 40; "
                                               + "email: must be an e-mail address; messagingApp: say which app the "
                                               + "handle is for");
    }

    @Test
    void aContactKnownByOneNameIsRecordedAndEachPartOfANameHasItsLimit() {
        fixture.given(CREATED)
               .when(new AddContactCommand("lead-1", "c-1", new Contact(null, " Yuki ", null, null, null, null, null),
                                           null))
               .expectEvents(new ContactAddedEvent("lead-1", "c-1", new Contact(null, "Yuki", null, null, null, null,
                                                                                null)));
        fixture.given(CREATED)
               .when(new AddContactCommand("lead-1", "c-1", new Contact("x".repeat(101), "y".repeat(101), null, null,
                                                                        null, null, null), null))
               .expectNoEvents()
               .expectExceptionMessage("familyName: must be at most 100 characters; givenName: must be at most 100 "
                                               + "characters");
    }

    @Test
    void aFollowUpIsScheduledForItsSchedulerUnlessAssigned() {
        fixture.given(CREATED)
               .when(new ScheduleFollowUpCommand("lead-1", "f-1", " call back ", TODAY, null, null),
                     Map.of(Actor.META_DATA_KEY, "staff-li"))
               .expectEvents(new FollowUpScheduledEvent("lead-1", "f-1", "call back", TODAY, "staff-li"));
    }

    @Test
    void aFollowUpCannotBeDueInThePast() {
        fixture.given(CREATED)
               .when(new ScheduleFollowUpCommand("lead-1", "f-1", "call back", TODAY.minusDays(1), "amb-7", null))
               .expectNoEvents()
               .expectExceptionMessage("dueOn: must be today (2026-11-27) or later");
    }

    @Test
    void aFollowUpIsRescheduledThenDoneAndThenClosed() {
        FollowUpScheduledEvent scheduled = new FollowUpScheduledEvent("lead-1", "f-1", "call back", TODAY, "staff-li");
        fixture.given(CREATED, scheduled)
               .when(new RescheduleFollowUpCommand("lead-1", "f-1", TODAY.plusDays(3), "on leave", null))
               .expectEvents(new FollowUpRescheduledEvent("lead-1", "f-1", TODAY, TODAY.plusDays(3), "on leave"));
        fixture.given(CREATED, scheduled, new FollowUpCompletedEvent("lead-1", "f-1", "done"))
               .when(new CompleteFollowUpCommand("lead-1", "f-1", null, null))
               .expectNoEvents()
               .expectExceptionMessage("followUpId: no open follow-up has this id");
    }

    @Test
    void changesTheSourceAndTheCredit() {
        fixture.given(CREATED)
               .when(new ChangeLeadSourceCommand("lead-1", SourceMarket.HONG_KONG, Channel.INTERNATIONAL_PARTNER,
                                                 " partner-3 ", null))
               .expectEvents(new LeadSourceChangedEvent("lead-1", SourceMarket.HONG_KONG,
                                                        Channel.INTERNATIONAL_PARTNER, "partner-3"));
    }

    @Test
    void onlyAnActiveAmbassadorCanBeCredited() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("Barclays", null), SourceMarket.LONDON,
                                           Channel.AMBASSADOR, "amb-gone", null))
               .expectNoEvents()
               .expectExceptionMessage("introducedBy: is not an active ambassador or partner");
        fixture.given(CREATED)
               .when(new ChangeLeadSourceCommand("lead-1", SourceMarket.LONDON, null, "nobody", null))
               .expectNoEvents()
               .expectExceptionMessage("introducedBy: is not an active ambassador or partner");
    }

    private static ImportLeadCommand imported(MoveLeadToStageCommand move) {
        return new ImportLeadCommand(
                "lead-9",
                new CreateLeadCommand("lead-9", Company.named("Barclays", null), SourceMarket.LONDON,
                                      Channel.AMBASSADOR, "amb-7", LocalDate.of(2025, 3, 1)),
                new UpdateLeadNumbersCommand("lead-9", new BigDecimal("5000"), null, null, new BigDecimal("20"),
                                             null, null, null, TargetZone.values()[0], null, null),
                List.of(new AddContactCommand("lead-9", "c-1", new Contact("Smith", "Jane", null, null, null,
                                                                           null, null), null)),
                List.of(new LogActivityCommand("lead-9", "v-1", ActivityType.VISIT_BY_THEM, LocalDate.of(2025, 5, 2),
                                               List.of(), "imported", false, null)),
                move, false, null, null);
    }

    @Test
    void anImportedRowIsRecordedWithItsHistoryInOneGo() {
        fixture.givenNoPriorActivity()
               .when(imported(new MoveLeadToStageCommand("lead-9", Stage.INTENT, LocalDate.of(2025, 9, 1), null,
                                                         null)))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       equalTo(new LeadCreatedEvent("lead-9", Company.named("Barclays", null), SourceMarket.LONDON,
                                                    Channel.AMBASSADOR, "amb-7", null, LocalDate.of(2025, 3, 1))),
                       instanceOf(LeadNumbersUpdatedEvent.class),
                       instanceOf(ContactAddedEvent.class),
                       instanceOf(ActivityLoggedEvent.class),
                       equalTo(new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.INTENT, LocalDate.of(2025, 9, 1),
                                                         null)),
                       andNoMore())));
    }

    @Test
    void anImportedRowThatOneOfItsCommandsRejectsLeavesNothing() {
        fixture.givenNoPriorActivity()
               .when(imported(new MoveLeadToStageCommand("lead-9", Stage.SIGNED, LocalDate.of(2025, 9, 1), null,
                                                         null)))
               .expectNoEvents()
               .expectException(StageGateNotMetException.class);
        ImportLeadCommand otherLead = new ImportLeadCommand("lead-9", new CreateLeadCommand(
                "lead-8", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null), null, null, null,
                                                            null, false, null, null);
        fixture.givenNoPriorActivity()
               .when(otherLead)
               .expectNoEvents()
               .expectExceptionMessage("leadId: every part of an import names the same lead");
        ImportLeadCommand dryRun = imported(new MoveLeadToStageCommand("lead-9", Stage.INTENT, null, null, null));
        fixture.givenNoPriorActivity()
               .when(new ImportLeadCommand(dryRun.leadId(), dryRun.create(), dryRun.numbers(), dryRun.contacts(),
                                           dryRun.activities(), dryRun.move(), true, null, null))
               .expectNoEvents()
               .expectException(ImportCheckPassedException.class);
    }

    private static final List<SheetCell> REMARKS = List.of(new SheetCell("备注", "重点项目"),
                                                           new SheetCell("进展情况", "3月已回访"));
    private static final List<SheetCell> OTHER_COLUMNS = List.of(new SheetCell("序号", "7"),
                                                                 new SheetCell("对接领导", "张副区长"));

    private static ImportLeadCommand importedWithRecord(boolean dryRun, RecordLeadImportCommand record) {
        ImportLeadCommand row = imported(null);
        return new ImportLeadCommand(row.leadId(), row.create(), row.numbers(), row.contacts(), row.activities(),
                                     row.move(), dryRun, null, record);
    }

    @Test
    void anImportedRowKeepsItsRemarksAndOtherColumnsDatedTheDayItWasImported() {
        fixture.givenNoPriorActivity()
               .when(importedWithRecord(false, new RecordLeadImportCommand("lead-9", "desk.csv", 8, REMARKS,
                                                                           OTHER_COLUMNS)))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       instanceOf(LeadCreatedEvent.class), instanceOf(LeadNumbersUpdatedEvent.class),
                       instanceOf(ContactAddedEvent.class), instanceOf(ActivityLoggedEvent.class),
                       equalTo(new LeadImportRecordedEvent("lead-9", "desk.csv", 8, TODAY, REMARKS,
                                                           OTHER_COLUMNS)),
                       andNoMore())));
    }

    @Test
    void aRemarkTooLongRejectsTheWholeRowAndADryRunRecordsNothing() {
        fixture.givenNoPriorActivity()
               .when(importedWithRecord(false, new RecordLeadImportCommand(
                       "lead-9", "desk.csv", 8, List.of(new SheetCell("备注", "长".repeat(2_001))), List.of())))
               .expectNoEvents()
               .expectExceptionMessage("remarks: each needs a header of at most 200 and a text of at most 2000 "
                                       + "characters");
        fixture.givenNoPriorActivity()
               .when(importedWithRecord(true, new RecordLeadImportCommand("lead-9", "desk.csv", 8, REMARKS,
                                                                          OTHER_COLUMNS)))
               .expectNoEvents()
               .expectException(ImportCheckPassedException.class);
    }

    @Test
    void aRowImportedAgainIsRecordedOnlyWhenItSaysSomethingNew() {
        LeadImportRecordedEvent recorded = new LeadImportRecordedEvent("lead-1", "desk.csv", 8, TODAY.minusDays(3),
                                                                       REMARKS, OTHER_COLUMNS);
        fixture.given(CREATED, recorded)
               .when(new RecordLeadImportCommand("lead-1", "desk-v2.csv", 9, REMARKS, OTHER_COLUMNS))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        List<SheetCell> newer = List.of(new SheetCell("备注", "重点项目"), new SheetCell("进展情况", "已签约"));
        fixture.given(CREATED, recorded)
               .when(new RecordLeadImportCommand("lead-1", "desk-v2.csv", 9, newer, OTHER_COLUMNS))
               .expectEvents(new LeadImportRecordedEvent("lead-1", "desk-v2.csv", 9, TODAY, newer, OTHER_COLUMNS));
    }

    @Test
    void aDeactivatedAmbassadorKeepsTheCreditWhenTheRestOfTheSourceIsCorrected() {
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON,
                                           Channel.AMBASSADOR, "amb-gone", "staff-li", TODAY))
               .when(new ChangeLeadSourceCommand("lead-1", SourceMarket.LONDON, Channel.ROADSHOW_EVENT, "amb-gone",
                                                 null))
               .expectEvents(new LeadSourceChangedEvent("lead-1", SourceMarket.LONDON, Channel.ROADSHOW_EVENT,
                                                        "amb-gone"));
    }

    @Test
    void reassignsToSomeoneElseOnly() {
        LeadCreatedEvent ownedByLi = new LeadCreatedEvent("lead-1", Company.named("Barclays", null),
                                                          SourceMarket.LONDON, null, null, "staff-li", TODAY);
        fixture.given(ownedByLi)
               .when(new ReassignLeadCommand("lead-1", "staff-wang", null))
               .expectEvents(new LeadReassignedEvent("lead-1", "staff-li", "staff-wang"));
        fixture.given(ownedByLi)
               .when(new ReassignLeadCommand("lead-1", "staff-li", null))
               .expectNoEvents()
               .expectExceptionMessage("owner: the lead is already owned by staff-li");
    }

    @Test
    void ratesPriorityLikelihoodAndTheResponsibleLeader() {
        fixture.given(CREATED)
               .when(new UpdateLeadAssessmentCommand("lead-1", Priority.HIGH, 70, " 副区长 李明 ", null))
               .expectEvents(new LeadAssessmentUpdatedEvent("lead-1", Priority.HIGH, 70, "副区长 李明"));
        fixture.given(CREATED)
               .when(new UpdateLeadAssessmentCommand("lead-1", null, 101, null, null))
               .expectNoEvents()
               .expectExceptionMessage("likelihoodPercent: must be between 0 and 100");
    }

    @Test
    void aLeadRecordedLateKeepsTheDayItWasIdentifiedButNotAFutureOne() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null,
                                           TODAY.minusMonths(14)))
               .expectEvents(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null,
                                                  null, null, TODAY.minusMonths(14)));
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null,
                                           TODAY.plusDays(1)))
               .expectNoEvents()
               .expectExceptionMessage("identifiedOn: must not be after today (2026-11-27)");
    }
}
