package org.zhaoshang.crm.project.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.document.api.LeadEvidence;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.command.ChangeCommitmentsCommand;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.command.RecordStageMilestoneCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.command.WithdrawProjectCommand;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of a signed project, one test per rule: given events, a command, the events or the refusal expected. */
class SignedProjectTest {

    /** 10:00 in Jinan on 27 November 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 3, 2);

    private static final Map<String, ?> STAFF_OWNER = Caller.user("li.na", Set.of(Role.STAFF), null).toMetaData();
    private static final Map<String, ?> OTHER_STAFF = Caller.user("liu.yang", Set.of(Role.STAFF), null).toMetaData();
    private static final Map<String, ?> MANAGER = Caller.user("wang.jianguo", Set.of(Role.MANAGER), null).toMetaData();
    private static final Map<String, ?> OTHER_MANAGER = Caller.user("zhao.min", Set.of(Role.MANAGER), null)
                                                              .toMetaData();
    private static final Map<String, ?> OWN_AMBASSADOR = Caller.user("amb-user", Set.of(Role.AMBASSADOR), "amb-7")
                                                               .toMetaData();
    private static final Map<String, ?> OTHER_AMBASSADOR = Caller.user("amb-other", Set.of(Role.AMBASSADOR),
                                                                       "amb-9").toMetaData();
    private static final Map<String, ?> APPLICATION_AS_LI_NA = Map.of(Actor.META_DATA_KEY, "li.na");

    private static final Commitments OFFICE = new Commitments(
            ProjectKind.OFFICE, null, cny("5000"), List.of(new Tranche(LocalDate.of(2026, 9, 30), new BigDecimal("3000"))),
            List.of(new PromisedDay(Milestone.REGISTERED, LocalDate.of(2026, 6, 30)),
                    new PromisedDay(Milestone.OPERATING, LocalDate.of(2027, 3, 31))),
            new BigDecimal("800"), 120, null, new BigDecimal("4000"), null, "汉峪金谷 A3");
    private static final ProjectSignedEvent SIGNED = new ProjectSignedEvent(
            "p-1", "lead-1", new ProjectAgreement(SIGNED_ON, "LX-2026-017", AgreementBasis.FIRST_SIGNING), OFFICE,
            "li.na", SIGNED_ON);

    private final List<LeadEvent> lead = new ArrayList<>();
    private AggregateTestFixture<SignedProject> fixture;

    @BeforeEach
    void setUp() {
        lead.add(new LeadCreatedEvent("lead-1", Company.named("Mizuho Leasing", null), SourceMarket.JAPAN, null,
                                      "amb-7", "li.na", LocalDate.of(2025, 10, 1)));
        lead.add(new AgreementSignedEvent("lead-1", SIGNED_ON, "LX-2026-017"));
        lead.add(new LeadMovedToStageEvent("lead-1", Stage.INTENT, Stage.SIGNED, SIGNED_ON, null));
        fixture = new AggregateTestFixture<>(SignedProject.class);
        fixture.registerInjectableResource(CLOCK);
        // the documents of lead-1: its shareable ones begin with "doc-", "internal-" ones are not shared
        LeadEvidence documents = (caller, leadId, ids) -> ids.stream().filter(id -> {
            boolean seen = id.startsWith("doc-") || id.startsWith("internal-") && !caller.limitedToOwnLeads();
            return !"lead-1".equals(leadId) || !seen;
        }).toList();
        fixture.registerInjectableResource(documents);
        fixture.registerInjectableResource(new ProjectLeads(null) {
            @Override
            public LeadState now(String leadId) {
                LeadState state = LeadState.NONE;
                for (LeadEvent event : lead) {
                    state = event.leadId().equals(leadId) ? state.apply(event, null) : state;
                }
                return state;
            }
        });
    }

    private static PlannedInvestment cny(String amount) {
        return new PlannedInvestment(new BigDecimal(amount), "CNY", BigDecimal.ONE,
                                     new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static ProgressFact milestone(Milestone milestone, LocalDate day) {
        return new ProgressFact(ProgressKind.MILESTONE, day, null, milestone, null, null, List.of("doc-licence"));
    }

    private static ProgressFact capital(String amount) {
        return new ProgressFact(ProgressKind.CAPITAL_ARRIVED, LocalDate.of(2026, 10, 8), new BigDecimal(amount), null,
                                null, null, List.of("doc-receipt"));
    }

    private static ProgressRecordedEvent recorded(String id, ProgressFact fact, String by) {
        LocalDate promised = fact.milestone() == null ? null : OFFICE.promised(fact.milestone());
        return new ProgressRecordedEvent("p-1", "lead-1", id, fact, ProgressOrigin.RECORDED, by, TODAY, promised,
                                         null);
    }

    private static ProgressVerifiedEvent verified(String id, ProgressFact fact, String by) {
        LocalDate promised = fact.milestone() == null ? null : OFFICE.promised(fact.milestone());
        return new ProgressVerifiedEvent("p-1", "lead-1", id, fact, by, "wang.jianguo", TODAY, promised);
    }

    // --- withdrawn and reinstated (the lead left SIGNED)

    @Test
    void aLeadLeavingSignedWithdrawsItsProjectInTheMoversNameWithWhy() {
        fixture.given(SIGNED)
               .when(new WithdrawProjectCommand("p-1", "moved back from SIGNED to INTENT: agreement cancelled"),
                     APPLICATION_AS_LI_NA)
               .expectEvents(new ProjectWithdrawnEvent("p-1", "lead-1", "li.na", TODAY,
                                                       "moved back from SIGNED to INTENT: agreement cancelled"));
        fixture.given(SIGNED, new ProjectWithdrawnEvent("p-1", "lead-1", "li.na", TODAY, "lost"))
               .when(new WithdrawProjectCommand("p-1", "again"), APPLICATION_AS_LI_NA)
               .expectNoEvents();
        fixture.given(SIGNED)
               .when(new WithdrawProjectCommand("p-1", "no"), MANAGER)
               .expectException(NotPermittedException.class);
    }

    @Test
    void aProjectWithAVerifiedMilestoneStandsWhateverItsLead() {
        ProgressFact registered = milestone(Milestone.REGISTERED, LocalDate.of(2026, 7, 15));
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"), verified("f-1", registered, "li.na"))
               .when(new WithdrawProjectCommand("p-1", "lost at LANDED: OTHER"), APPLICATION_AS_LI_NA)
               .expectNoEvents();
        fixture.given(SIGNED, recorded("f-1", capital("800"), "li.na"), verified("f-1", capital("800"), "li.na"))
               .when(new WithdrawProjectCommand("p-1", "moved back"), APPLICATION_AS_LI_NA)
               .expectEvents(new ProjectWithdrawnEvent("p-1", "lead-1", "li.na", TODAY, "moved back"));
    }

    @Test
    void aWithdrawnProjectTakesNothingUntilItsLeadSignsTheSameAgreementAgain() {
        ProjectWithdrawnEvent withdrawn = new ProjectWithdrawnEvent("p-1", "lead-1", "li.na", TODAY, "moved back");
        fixture.given(SIGNED, withdrawn)
               .when(new RecordProgressCommand("p-1", "f-1", capital("100"), null, null), STAFF_OWNER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("withdrawn"))
               .expectNoEvents();
        fixture.given(SIGNED, withdrawn)
               .when(new ChangeCommitmentsCommand("p-1", OFFICE, null), STAFF_OWNER)
               .expectException(InvalidInputException.class);
        fixture.given(SIGNED, recorded("f-1", capital("100"), "li.na"), withdrawn)
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectException(InvalidInputException.class);
        fixture.given(SIGNED, withdrawn)
               .when(new RecordStageMilestoneCommand("p-1", "lead-9-registered", Milestone.REGISTERED, TODAY),
                     APPLICATION_AS_LI_NA)
               .expectNoEvents();

        fixture.given(SIGNED, withdrawn)
               .when(new SignProjectCommand("p-1", "lead-1", SIGNED.agreement(), OFFICE), APPLICATION_AS_LI_NA)
               .expectEvents(new ProjectReinstatedEvent("p-1", "lead-1", "li.na", TODAY));
        fixture.given(SIGNED)
               .when(new SignProjectCommand("p-1", "lead-1", SIGNED.agreement(), OFFICE), APPLICATION_AS_LI_NA)
               .expectNoEvents();
        fixture.given(SIGNED, withdrawn, new ProjectReinstatedEvent("p-1", "lead-1", "li.na", TODAY))
               .when(new RecordProgressCommand("p-1", "f-1", capital("100"), null, null), STAFF_OWNER)
               .expectSuccessfulHandlerExecution();
    }

    // --- the signing verified (认定)

    @Test
    void theAgreementIsRecordedWithItsScanAndCountsOnceWhenVerified() {
        ProgressFact agreement = new ProgressFact(ProgressKind.AGREEMENT, SIGNED_ON, null, null, null, null,
                                                  List.of("doc-agreement"));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", new ProgressFact(ProgressKind.AGREEMENT, SIGNED_ON, null,
                                                                              null, null, null, List.of()), null,
                                               null), STAFF_OWNER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("scan"));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", agreement, null, null), STAFF_OWNER)
               .expectEvents(recorded("f-1", agreement, "li.na"));
        fixture.given(SIGNED, recorded("f-1", agreement, "li.na"))
               .when(new RecordProgressCommand("p-1", "f-2", agreement, null, null), STAFF_OWNER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("signed once"));
        fixture.given(SIGNED, recorded("f-1", agreement, "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectEvents(verified("f-1", agreement, "li.na"));
        fixture.given(SIGNED, recorded("f-1", agreement, "wang.jianguo"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectException(NotPermittedException.class);
    }

    // --- beginning a project

    @Test
    void theLeadsSigningBeginsItsFirstProjectWithTheAgreementAndWhoMovedTheLead() {
        fixture.givenNoPriorActivity()
               .when(new SignProjectCommand("p-1", "lead-1", SIGNED.agreement(), OFFICE), APPLICATION_AS_LI_NA)
               .expectEvents(new ProjectSignedEvent("p-1", "lead-1", SIGNED.agreement(), OFFICE, "li.na", TODAY));
    }

    @Test
    void signingAProjectThatExistsAlreadyCreatesNothingTwice() {
        fixture.given(SIGNED)
               .when(new SignProjectCommand("p-1", "lead-1", SIGNED.agreement(), OFFICE), APPLICATION_AS_LI_NA)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aFurtherAgreementIsASecondPhaseOrACapitalIncreaseNotAnotherFirstSigning() {
        fixture.givenNoPriorActivity()
               .when(new SignProjectCommand("p-2", "lead-1",
                                            new ProjectAgreement(TODAY, "LX-2026-101", AgreementBasis.FIRST_SIGNING),
                                            OFFICE), STAFF_OWNER)
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("basis: the first project comes"));
    }

    @Test
    void aFurtherAgreementNeedsASignedLead() {
        lead.add(new LeadMovedToStageEvent("lead-1", Stage.SIGNED, Stage.NEGOTIATION, TODAY, "agreement withdrawn"));
        fixture.givenNoPriorActivity()
               .when(new SignProjectCommand("p-2", "lead-1",
                                            new ProjectAgreement(TODAY, "LX-2026-101", AgreementBasis.SECOND_PHASE),
                                            OFFICE), STAFF_OWNER)
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("leadId: a further agreement follows"));
    }

    @Test
    void aFurtherAgreementIsForTheLeadsOwnerTeamOrManagers() {
        fixture.givenNoPriorActivity()
               .when(new SignProjectCommand("p-2", "lead-1",
                                            new ProjectAgreement(TODAY, "LX-2026-101", AgreementBasis.SECOND_PHASE),
                                            OFFICE), OTHER_STAFF)
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    // --- commitments

    @Test
    void commitmentsChangeAsAWholeFactWithWhoAndWhen() {
        Commitments land = new Commitments(ProjectKind.LAND, cny("3000"), cny("60000"), List.of(),
                                           List.of(new PromisedDay(Milestone.CONSTRUCTION_STARTED, TODAY.plusMonths(3))),
                                           null, null, new BigDecimal("10"), null, null, null);
        fixture.given(SIGNED)
               .when(new ChangeCommitmentsCommand("p-1", land, 0L), STAFF_OWNER)
               .expectEvents(new ProjectCommitmentsChangedEvent("p-1", "lead-1", land, "li.na", TODAY));
    }

    @Test
    void aMilestoneOfAnotherKindCannotBePromised() {
        Commitments wrong = new Commitments(ProjectKind.OFFICE, null, null, List.of(),
                                            List.of(new PromisedDay(Milestone.CONSTRUCTION_STARTED, TODAY)), null,
                                            null, null, null, null, null);
        fixture.given(SIGNED)
               .when(new ChangeCommitmentsCommand("p-1", wrong, null), STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                       "promisedDays[0].milestone: CONSTRUCTION_STARTED is not a milestone of OFFICE projects"));
    }

    @Test
    void milestonesArePromisedInTheOrderOfTheChain() {
        Commitments backwards = new Commitments(ProjectKind.OFFICE, null, null, List.of(),
                                                List.of(new PromisedDay(Milestone.OPERATING, TODAY),
                                                        new PromisedDay(Milestone.REGISTERED, TODAY.plusDays(1))),
                                                null, null, null, null, null, null);
        fixture.given(SIGNED)
               .when(new ChangeCommitmentsCommand("p-1", backwards, null), STAFF_OWNER)
               .expectNoEvents()
               .expectException(InvalidInputException.class);
    }

    @Test
    void theScheduleCannotPromiseMoreCapitalThanTheTotalInvestment() {
        Commitments over = new Commitments(ProjectKind.OFFICE, null, cny("100"),
                                           List.of(new Tranche(TODAY, new BigDecimal("60")),
                                                   new Tranche(TODAY.plusDays(30), new BigDecimal("60"))),
                                           List.of(), null, null, null, null, null, null);
        fixture.given(SIGNED)
               .when(new ChangeCommitmentsCommand("p-1", over, null), STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage("capitalSchedule: the tranches add up to more than the total investment");
    }

    @Test
    void ambassadorsDoNotChangeCommitmentsButRecordProgressOnTheirOwnLeads() {
        fixture.given(SIGNED)
               .when(new ChangeCommitmentsCommand("p-1", OFFICE, null), OWN_AMBASSADOR)
               .expectNoEvents()
               .expectException(NotPermittedException.class);
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", milestone(Milestone.REGISTERED, TODAY), null, null),
                     OWN_AMBASSADOR)
               .expectEvents(new ProgressRecordedEvent("p-1", "lead-1", "f-1", milestone(Milestone.REGISTERED, TODAY),
                                                       ProgressOrigin.RECORDED, "amb-user", TODAY,
                                                       LocalDate.of(2026, 6, 30), null));
    }

    @Test
    void aProjectOfALeadAnAmbassadorDoesNotSeeAnswersAsUnknown() {
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", capital("10"), null, null), OTHER_AMBASSADOR)
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    // --- progress

    @Test
    void progressIsRecordedWithItsEvidenceAndThePromisedDayForVerification() {
        ProgressFact registered = milestone(Milestone.REGISTERED, LocalDate.of(2026, 7, 15));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", registered, null, null), STAFF_OWNER)
               .expectEvents(new ProgressRecordedEvent("p-1", "lead-1", "f-1", registered, ProgressOrigin.RECORDED,
                                                       "li.na", TODAY, LocalDate.of(2026, 6, 30), null));
    }

    @Test
    void evidenceIsDocumentsOfTheLeadTheRecorderSeesOrNothingIsRecorded() {
        ProgressFact unknown = new ProgressFact(ProgressKind.JOBS, TODAY, null, null, null, 12,
                                                List.of("doc-list", "of-nobody"));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", unknown, null, null), STAFF_OWNER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("evidence[1]"))
               .expectNoEvents();
        ProgressFact internal = new ProgressFact(ProgressKind.JOBS, TODAY, null, null, null, 12,
                                                 List.of("internal-list"));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", internal, null, null), OWN_AMBASSADOR)
               .expectException(InvalidInputException.class)
               .expectNoEvents();
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", internal, null, null), STAFF_OWNER)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyMilestonesOfTheProjectsKindAreRecorded() {
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", milestone(Milestone.LAND_SUPPLIED, TODAY), null, null),
                     STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                       "milestone: LAND_SUPPLIED is not a milestone of OFFICE projects"));
    }

    @Test
    void aMilestoneIsRecordedOnceUnlessItWasReturned() {
        ProgressFact registered = milestone(Milestone.REGISTERED, TODAY);
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"))
               .when(new RecordProgressCommand("p-1", "f-2", registered, null, null), STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("milestone: REGISTERED is recorded "
                                                                            + "already (PENDING)"));
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"),
                      new ProgressReturnedEvent("p-1", "lead-1", "f-1", "li.na", "wang.jianguo", TODAY, "no licence"))
               .when(new RecordProgressCommand("p-1", "f-2", registered, "f-1", null), STAFF_OWNER)
               .expectEvents(new ProgressRecordedEvent("p-1", "lead-1", "f-2", registered, ProgressOrigin.RECORDED,
                                                       "li.na", TODAY, LocalDate.of(2026, 6, 30), "f-1"));
    }

    @Test
    void onlyItsRecorderCorrectsAReturnedFact() {
        ProgressFact registered = milestone(Milestone.REGISTERED, TODAY);
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"),
                      new ProgressReturnedEvent("p-1", "lead-1", "f-1", "li.na", "wang.jianguo", TODAY, "no licence"))
               .when(new RecordProgressCommand("p-1", "f-2", registered, "f-1", null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("replaces: must be a fact of this "
                                                                            + "project returned to you"));
    }

    @Test
    void progressOfTheWrongShapeIsRefused() {
        ProgressFact bad = new ProgressFact(ProgressKind.TAX_PAID, TODAY, null, Milestone.REGISTERED, null, null,
                                            List.of("../etc/passwd"));
        fixture.given(SIGNED)
               .when(new RecordProgressCommand("p-1", "f-1", bad, null, null), STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage("evidence[0]: letters, digits, - and _ only, at most 64; "
                                       + "amountWan: must not be empty; milestone: only a MILESTONE names one; "
                                       + "year: must not be empty; day: TAX_PAID gives a year, not a day");
    }

    @Test
    void theLeadsStageIsRecordedByTheApplicationAloneAndOnlyOnce() {
        fixture.given(SIGNED)
               .when(new RecordStageMilestoneCommand("p-1", "lead-9-registered", Milestone.REGISTERED, TODAY),
                     STAFF_OWNER)
               .expectNoEvents()
               .expectException(NotPermittedException.class);
        fixture.given(SIGNED)
               .when(new RecordStageMilestoneCommand("p-1", "lead-9-registered", Milestone.REGISTERED, TODAY),
                     APPLICATION_AS_LI_NA)
               .expectEvents(new ProgressRecordedEvent("p-1", "lead-1", "lead-9-registered",
                                                       new ProgressFact(ProgressKind.MILESTONE, TODAY, null,
                                                                        Milestone.REGISTERED, null, null, List.of()),
                                                       ProgressOrigin.LEAD_STAGE, "li.na", TODAY,
                                                       LocalDate.of(2026, 6, 30), null));
        fixture.given(SIGNED, recorded("f-1", milestone(Milestone.REGISTERED, TODAY), "li.na"))
               .when(new RecordStageMilestoneCommand("p-1", "lead-9-registered", Milestone.REGISTERED, TODAY),
                     APPLICATION_AS_LI_NA)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    // --- verification (认定)

    @Test
    void aManagerVerifiesAFactSomeoneElseRecorded() {
        ProgressFact registered = milestone(Milestone.REGISTERED, TODAY);
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectEvents(verified("f-1", registered, "li.na"));
    }

    @Test
    void staffDoNotVerify() {
        fixture.given(SIGNED, recorded("f-1", capital("10"), "liu.yang"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), STAFF_OWNER)
               .expectNoEvents()
               .expectException(NotPermittedException.class)
               .expectExceptionMessage("Verifying progress (认定) needs the role MANAGER");
    }

    @Test
    void nobodyVerifiesAFactTheyRecorded() {
        fixture.given(SIGNED, recorded("f-1", capital("10"), "wang.jianguo"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectException(NotPermittedException.class)
               .expectExceptionMessage("Nobody verifies a fact they recorded themselves: another manager verifies it");
        fixture.given(SIGNED, recorded("f-1", capital("10"), "wang.jianguo"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), OTHER_MANAGER)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReturnedFactNeedsAReasonAndGoesBackToItsRecorder() {
        fixture.given(SIGNED, recorded("f-1", capital("10"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.RETURNED, " ", null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage("reason: say why the fact goes back to its recorder");
        fixture.given(SIGNED, recorded("f-1", capital("10"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.RETURNED, " receipt unreadable ", null), MANAGER)
               .expectEvents(new ProgressReturnedEvent("p-1", "lead-1", "f-1", "li.na", "wang.jianguo", TODAY,
                                                       "receipt unreadable"));
    }

    @Test
    void eachFactIsVerifiedOnce() {
        fixture.given(SIGNED, recorded("f-1", capital("10"), "li.na"), verified("f-1", capital("10"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.RETURNED, "second thoughts", null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage("progressId: was APPROVED already: each fact is verified once");
    }

    @Test
    void anUnknownFactIsNotFound() {
        fixture.given(SIGNED)
               .when(new VerifyProgressCommand("p-1", "nope", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectException(NotFoundException.class);
    }

    @Test
    void theSameMilestoneCountsOnce() {
        ProgressFact registered = milestone(Milestone.REGISTERED, TODAY);
        // two facts of one milestone can only exist when one came before a kind change or from a replay of old data:
        // the verification refuses the second all the same
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"), verified("f-1", registered, "li.na"),
                      recorded("f-2", registered, "liu.yang"))
               .when(new VerifyProgressCommand("p-1", "f-2", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                       "REGISTERED is verified already: a milestone counts once"));
    }

    @Test
    void aMilestoneCountsOnlyAfterTheMilestonesBeforeItInTheChain() {
        ProgressFact operating = milestone(Milestone.OPERATING, TODAY);
        fixture.given(SIGNED, recorded("f-1", operating, "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage("progressId: verify [REGISTERED, MOVED_IN] first: the chain is "
                                       + "[REGISTERED, MOVED_IN, OPERATING, FULL_PRODUCTION]");
    }

    @Test
    void aStageMilestoneIsNotVerifiedWhileItsLeadCannotFollow() {
        lead.add(new LeadPutOnHoldEvent("lead-1", Stage.SIGNED, "budget freeze", null));
        ProgressFact registered = milestone(Milestone.REGISTERED, TODAY);
        fixture.given(SIGNED, recorded("f-1", registered, "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage("progressId: the lead is ON_HOLD: reopen it first, so that it can follow to "
                                       + "LANDED");
    }

    @Test
    void verifiedCapitalNeverExceedsTheCommitmentACapitalIncreaseIsAProjectOfItsOwn() {
        fixture.given(SIGNED, recorded("f-1", capital("4000"), "li.na"), verified("f-1", capital("4000"), "li.na"),
                      recorded("f-2", capital("1500"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-2", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectExceptionMessage("progressId: verified capital would be 5500 万元, more than the 5000 万元 "
                                       + "committed: what goes beyond is a capital increase, a further project of "
                                       + "the lead");
    }

    @Test
    void aCapitalIncreaseCommitsAndCountsOnlyTheIncrease() {
        Commitments increase = new Commitments(ProjectKind.OFFICE, cny("1000"), cny("2000"), List.of(), List.of(),
                                               null, null, null, null, null, null);
        ProjectSignedEvent increaseSigned = new ProjectSignedEvent(
                "p-1", "lead-1", new ProjectAgreement(TODAY, "LX-2026-增资-3", AgreementBasis.CAPITAL_INCREASE),
                increase, "li.na", TODAY);
        fixture.given(increaseSigned, recorded("f-1", capital("2500"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectNoEvents()
               .expectException(InvalidInputException.class);
        fixture.given(increaseSigned, recorded("f-1", capital("2000"), "li.na"))
               .when(new VerifyProgressCommand("p-1", "f-1", Decision.APPROVED, null, null), MANAGER)
               .expectEvents(new ProgressVerifiedEvent("p-1", "lead-1", "f-1", capital("2000"), "li.na",
                                                       "wang.jianguo", TODAY, null));
    }

    @Test
    void theKindCannotChangeAwayFromARecordedMilestone() {
        Commitments land = new Commitments(ProjectKind.LAND, null, null, List.of(), List.of(), null, null, null,
                                           null, null, null);
        fixture.given(SIGNED, recorded("f-1", milestone(Milestone.MOVED_IN, TODAY), "li.na"))
               .when(new ChangeCommitmentsCommand("p-1", land, null), STAFF_OWNER)
               .expectNoEvents()
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("kind: MOVED_IN is recorded"));
    }
}
