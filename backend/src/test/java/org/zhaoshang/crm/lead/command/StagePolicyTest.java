package org.zhaoshang.crm.lead.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportedStage;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveImportedLeadCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.RecordStageDataCommand;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** An imported row whose stage lacks the gates' data, under each stage policy, and the data arriving later. */
class StagePolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate SIGNED_ON = LocalDate.of(2020, 6, 1);
    private static final Map<String, Object> ROW_5 = Map.of(ActorMetaDataConfiguration.IMPORT_FILE_KEY, "台账2020.csv",
                                                           ActorMetaDataConfiguration.IMPORT_ROW_KEY, 5);
    private static final LeadCreatedEvent CREATED = new LeadCreatedEvent(
            "lead-9", Company.named("Barclays", null), SourceMarket.LONDON, null, null, null, LocalDate.of(2020, 3, 1));

    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) any -> false);
    }

    private static ImportLeadCommand row(Stage stage, boolean visit, boolean numbers, StagePolicy policy,
                                         boolean dryRun) {
        return new ImportLeadCommand(
                "lead-9", new CreateLeadCommand("lead-9", Company.named("Barclays", null), SourceMarket.LONDON,
                                                null, null, LocalDate.of(2020, 3, 1)),
                numbers ? new UpdateLeadNumbersCommand("lead-9", new BigDecimal("5000"), null, null, null, null,
                                                       null, null, TargetZone.FINANCIAL_CITY_CLUSTER, null, null)
                        : null,
                List.of(),
                visit ? List.of(new LogActivityCommand("lead-9", "v-1", ActivityType.VISIT_BY_THEM,
                                                       LocalDate.of(2020, 4, 2), List.of(), "visit", false, null))
                      : List.of(),
                new MoveLeadToStageCommand("lead-9", stage, LocalDate.of(2020, 6, 2), null, null, null, null, null),
                dryRun, policy, null);
    }

    @Test
    void asRecordedPlacesTheLeadAtTheSheetsStageRecordingWhatEachGateLacksBeforeTheMove() {
        List<MissingGateData> missing = List.of(
                new MissingGateData(Stage.SITE_VISIT, List.of("activities"), "台账2020.csv", 5),
                new MissingGateData(Stage.INTENT, List.of("plannedInvestment", "targetZone"), "台账2020.csv", 5),
                new MissingGateData(Stage.SIGNED, List.of("agreementSignedOn", "agreementReference"), "台账2020.csv",
                                    5));
        fixture.givenNoPriorActivity()
               .when(row(Stage.SIGNED, false, false, StagePolicy.AS_RECORDED, false), ROW_5)
               .expectEvents(CREATED,
                             new LeadGateDataMissingEvent("lead-9", Stage.SITE_VISIT, List.of("activities"),
                                                          "台账2020.csv", 5),
                             new LeadGateDataMissingEvent("lead-9", Stage.INTENT,
                                                          List.of("plannedInvestment", "targetZone"), "台账2020.csv",
                                                          5),
                             new LeadGateDataMissingEvent("lead-9", Stage.SIGNED,
                                                          List.of("agreementSignedOn", "agreementReference"),
                                                          "台账2020.csv", 5),
                             new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.SIGNED, LocalDate.of(2020, 6, 2),
                                                       null))
               .expectResultMessagePayload(new ImportedStage(Stage.SIGNED, Stage.SIGNED, missing));
    }

    @Test
    void aDryRunAsRecordedTellsWhatWouldBeMissingAndStoresNothing() {
        fixture.givenNoPriorActivity()
               .when(row(Stage.NEGOTIATION, false, false, StagePolicy.AS_RECORDED, true), ROW_5)
               .expectNoEvents()
               .expectException(ImportCheckPassedException.class);
    }

    @Test
    void aRowWhoseDataMeetsTheGatesRecordsNothingMissing() {
        fixture.givenNoPriorActivity()
               .when(row(Stage.INTENT, true, true, StagePolicy.AS_RECORDED, false), ROW_5)
               .expectResultMessagePayload(new ImportedStage(Stage.INTENT, Stage.INTENT, List.of()));
    }

    @Test
    void strictRefusesTheRowNamingWhatIsMissing() {
        fixture.givenNoPriorActivity()
               .when(row(Stage.NEGOTIATION, false, false, StagePolicy.STRICT, false), ROW_5)
               .expectNoEvents()
               .expectException(StageGateNotMetException.class)
               .expectExceptionMessage("activities: a logged visit (ours to them or theirs to us) is needed before "
                                               + "the lead can be NEGOTIATION");
    }

    @Test
    void highestSupportedTakesTheLeadAsFarAsItsDataAllows() {
        fixture.givenNoPriorActivity()
               .when(row(Stage.SIGNED, true, true, StagePolicy.HIGHEST_SUPPORTED, false), ROW_5)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(new ImportedStage(Stage.SIGNED, Stage.INTENT, List.of()));
        fixture.givenNoPriorActivity()
               .when(row(Stage.NEGOTIATION, false, false, StagePolicy.HIGHEST_SUPPORTED, false), ROW_5)
               .expectEvents(CREATED, new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.CONTACTED,
                                                                LocalDate.of(2020, 6, 2), null))
               .expectResultMessagePayload(new ImportedStage(Stage.NEGOTIATION, Stage.CONTACTED, List.of()));
    }

    @Test
    void highestSupportedLeavesALeadImportedBeforeWhereItIsWhenItsDataTakesItNoFurther() {
        fixture.given(CREATED, new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.CONTACTED, TODAY, null))
               .when(new MoveImportedLeadCommand("lead-9", new MoveLeadToStageCommand("lead-9", Stage.SIGNED),
                                                 StagePolicy.HIGHEST_SUPPORTED, false), ROW_5)
               .expectNoEvents()
               .expectResultMessagePayload(new ImportedStage(Stage.SIGNED, Stage.CONTACTED, List.of()));
    }

    private static final LeadGateDataMissingEvent NO_VISIT = new LeadGateDataMissingEvent(
            "lead-9", Stage.SITE_VISIT, List.of("activities"), "台账2020.csv", 5);
    private static final LeadGateDataMissingEvent NO_FIGURES = new LeadGateDataMissingEvent(
            "lead-9", Stage.INTENT, List.of("plannedInvestment", "targetZone"), "台账2020.csv", 5);
    private static final LeadGateDataMissingEvent NO_AGREEMENT = new LeadGateDataMissingEvent(
            "lead-9", Stage.SIGNED, List.of("agreementSignedOn", "agreementReference"), "台账2020.csv", 5);
    private static final LeadMovedToStageEvent AT_SIGNED = new LeadMovedToStageEvent(
            "lead-9", Stage.LEAD, Stage.SIGNED, SIGNED_ON, null);

    @Test
    void aVisitLoggedLaterCompletesTheSiteVisitGate() {
        fixture.given(CREATED, NO_VISIT, NO_FIGURES, NO_AGREEMENT, AT_SIGNED)
               .when(new LogActivityCommand("lead-9", "v-1", ActivityType.VISIT_BY_US, TODAY, List.of(), "visit",
                                            false, null))
               .expectEvents(new ActivityLoggedEvent("lead-9", "v-1", ActivityType.VISIT_BY_US, TODAY, List.of(),
                                                     "visit", false),
                             new LeadGateDataCompletedEvent("lead-9", Stage.SITE_VISIT, List.of("activities")));
    }

    @Test
    void aCallIsNoVisitAndCompletesNothing() {
        fixture.given(CREATED, NO_VISIT, AT_SIGNED)
               .when(new LogActivityCommand("lead-9", "c-1", ActivityType.CALL, TODAY, List.of(), "call", false,
                                            null))
               .expectEvents(new ActivityLoggedEvent("lead-9", "c-1", ActivityType.CALL, TODAY, List.of(), "call",
                                                     false));
    }

    @Test
    void figuresUpdatedLaterCompleteWhatTheyBringOfTheIntentGate() {
        fixture.given(CREATED, NO_VISIT, NO_FIGURES, NO_AGREEMENT, AT_SIGNED)
               .when(new UpdateLeadNumbersCommand("lead-9", new BigDecimal("5000"), null, null, null, null, null,
                                                  null, null, null, null))
               .expectEvents(new LeadNumbersUpdatedEvent("lead-9", new PlannedInvestment(
                                     new BigDecimal("5000"), "CNY", BigDecimal.ONE, new BigDecimal("5000.00")),
                                                         null, null, null, null, null, null),
                             new LeadGateDataCompletedEvent("lead-9", Stage.INTENT, List.of("plannedInvestment")));
        fixture.given(CREATED, NO_FIGURES, AT_SIGNED,
                      new LeadGateDataCompletedEvent("lead-9", Stage.INTENT, List.of("plannedInvestment")))
               .when(new UpdateLeadNumbersCommand("lead-9", new BigDecimal("5000"), null, null, null, null, null,
                                                  null, TargetZone.MINGFU_OLD_CITY, null, null))
               .expectEvents(new LeadNumbersUpdatedEvent("lead-9", new PlannedInvestment(
                                     new BigDecimal("5000"), "CNY", BigDecimal.ONE, new BigDecimal("5000.00")),
                                                         null, null, null, null, TargetZone.MINGFU_OLD_CITY, null),
                             new LeadGateDataCompletedEvent("lead-9", Stage.INTENT, List.of("targetZone")));
    }

    @Test
    void theAgreementRecordedLaterCompletesTheSignedGateWithoutMovingTheLead() {
        fixture.given(CREATED, NO_AGREEMENT, AT_SIGNED)
               .when(new RecordStageDataCommand("lead-9", SIGNED_ON, " ZS-2020-017 ", null, null))
               .expectEvents(new AgreementSignedEvent("lead-9", SIGNED_ON, "ZS-2020-017"),
                             new LeadGateDataCompletedEvent("lead-9", Stage.SIGNED,
                                                            List.of("agreementSignedOn", "agreementReference")));
    }

    @Test
    void theRegistrationRecordedLaterCompletesTheLandedGate() {
        fixture.given(CREATED, new LeadGateDataMissingEvent("lead-9", Stage.LANDED, List.of("registeredOn"), "a.csv",
                                                            2),
                      new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.LANDED, SIGNED_ON, null))
               .when(new RecordStageDataCommand("lead-9", null, null, SIGNED_ON.plusDays(30), null))
               .expectEvents(new CompanyRegisteredEvent("lead-9", SIGNED_ON.plusDays(30)),
                             new LeadGateDataCompletedEvent("lead-9", Stage.LANDED, List.of("registeredOn")));
    }

    @Test
    void aMoveOnThatBringsTheAgreementCompletesTheGateToo() {
        fixture.given(CREATED, NO_AGREEMENT, AT_SIGNED)
               .when(new MoveLeadToStageCommand("lead-9", Stage.LANDED, TODAY, null, SIGNED_ON, "ZS-1", TODAY, null))
               .expectEvents(new AgreementSignedEvent("lead-9", SIGNED_ON, "ZS-1"),
                             new CompanyRegisteredEvent("lead-9", TODAY),
                             new LeadMovedToStageEvent("lead-9", Stage.SIGNED, Stage.LANDED, TODAY, null),
                             new LeadGateDataCompletedEvent("lead-9", Stage.SIGNED,
                                                            List.of("agreementSignedOn", "agreementReference")));
    }

    @Test
    void anAgreementIsRecordedWithoutAMoveOnlyOnALeadAtSignedOrLater() {
        fixture.given(CREATED, new LeadMovedToStageEvent("lead-9", Stage.LEAD, Stage.CONTACTED, TODAY, null))
               .when(new RecordStageDataCommand("lead-9", SIGNED_ON, "ZS-1", null, null))
               .expectNoEvents()
               .expectExceptionMessage("agreementSignedOn: an agreement is recorded on a lead at SIGNED or later; "
                                               + "move it there instead");
        fixture.given(CREATED, NO_AGREEMENT, AT_SIGNED)
               .when(new RecordStageDataCommand("lead-9", null, " ", null, null))
               .expectNoEvents()
               .expectExceptionMessage("agreementSignedOn: give the agreement's day or reference, or the day of "
                                               + "registration");
    }

    @Test
    void aCompletedGateIsNotCompletedAgain() {
        fixture.given(CREATED, NO_VISIT, AT_SIGNED,
                      new ActivityLoggedEvent("lead-9", "v-1", ActivityType.VISIT_BY_US, TODAY, List.of(), "visit",
                                              false),
                      new LeadGateDataCompletedEvent("lead-9", Stage.SITE_VISIT, List.of("activities")))
               .when(new LogActivityCommand("lead-9", "v-2", ActivityType.VISIT_BY_US, TODAY, List.of(), "again",
                                            false, null))
               .expectEvents(new ActivityLoggedEvent("lead-9", "v-2", ActivityType.VISIT_BY_US, TODAY, List.of(),
                                                     "again", false));
    }
}
