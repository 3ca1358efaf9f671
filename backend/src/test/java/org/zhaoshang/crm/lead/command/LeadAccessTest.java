package org.zhaoshang.crm.lead.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who may change a lead ({@link LeadAccess}), decided before any handler: refused commands record nothing. */
class LeadAccessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LeadCreatedEvent CREATED = new LeadCreatedEvent(
            "lead-1", Company.named("Thames Capital", null), SourceMarket.LONDON, null, "amb-london", "li", TODAY);
    private static final Map<String, String> OWNER = as("li", null, Role.STAFF);
    private static final Map<String, String> OTHER_STAFF = as("wang", null, Role.STAFF);
    private static final Map<String, String> MANAGER = as("director", null, Role.MANAGER);
    private static final Map<String, String> ITS_AMBASSADOR = as("fleet", "amb-london", Role.AMBASSADOR);
    private static final Map<String, String> OTHER_AMBASSADOR = as("harbour", "amb-hk", Role.AMBASSADOR);
    private static final Map<String, String> ADMIN = as("root", null, Role.ADMIN);

    private AggregateTestFixture<Lead> fixture;

    private static Map<String, String> as(String user, String ambassadorId, Role role) {
        return Caller.user(user, Set.of(role), ambassadorId).toMetaData();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) Set.of("amb-london", "amb-hk")::contains);
    }

    @Test
    void staffChangeOnlyTheLeadsTheyOwnOrAreOnTheTeamOf() {
        UpdateLeadAssessmentCommand assess = new UpdateLeadAssessmentCommand("lead-1", null, 40, null, null);
        fixture.given(CREATED).when(assess, OTHER_STAFF).expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED).when(assess, OWNER).expectSuccessfulHandlerExecution();
        fixture.given(CREATED, new LeadTeamMemberAddedEvent("lead-1", "wang")).when(assess, OTHER_STAFF)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheOwnerOrAManagerChangesTheTeamAndOnlyAManagerReassigns() {
        fixture.given(CREATED, new LeadTeamMemberAddedEvent("lead-1", "wang"))
               .when(new AddLeadTeamMemberCommand("lead-1", "zhao", null), OTHER_STAFF)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED).when(new AddLeadTeamMemberCommand("lead-1", " fleet ", null), OWNER)
               .expectEvents(new LeadTeamMemberAddedEvent("lead-1", "fleet"));
        fixture.given(CREATED, new LeadTeamMemberAddedEvent("lead-1", "fleet"))
               .when(new RemoveLeadTeamMemberCommand("lead-1", "fleet", null), MANAGER)
               .expectEvents(new LeadTeamMemberRemovedEvent("lead-1", "fleet"));
        fixture.given(CREATED).when(new ReassignLeadCommand("lead-1", "wang", null), OWNER)
               .expectNoEvents().expectException(NotPermittedException.class)
               .expectExceptionMessage("Reassigning a lead needs the role MANAGER");
        fixture.given(CREATED).when(new ReassignLeadCommand("lead-1", "wang", null), MANAGER)
               .expectEvents(new LeadReassignedEvent("lead-1", "li", "wang"));
    }

    @Test
    void ambassadorsMoveTheirLeadsUpToIntentAndNoFurther() {
        fixture.given(CREATED).when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED), ITS_AMBASSADOR)
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.CONTACTED, TODAY, null));
        fixture.given(CREATED).when(new MoveLeadToStageCommand("lead-1", Stage.SIGNED), ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED).when(new UpdateLeadAssessmentCommand("lead-1", null, 40, null, null), ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
    }

    /** Issue 15: an ambassador moved a SIGNED lead back to LEAD, also as a team member of another's lead. */
    @Test
    void onlyTheBureauMovesALeadBackOutOfSignedAndStaffSayWhy() {
        LeadMovedToStageEvent signed = new LeadMovedToStageEvent("lead-1", Stage.INTENT, Stage.SIGNED, TODAY, null);
        MoveLeadToStageCommand back = new MoveLeadToStageCommand("lead-1", Stage.LEAD);
        fixture.given(CREATED, signed).when(back, ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED, signed, new LeadTeamMemberAddedEvent("lead-1", "harbour")).when(back, OTHER_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED, signed).when(new MoveLeadToStageCommand("lead-1", Stage.INTENT), ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED, signed).when(back, OWNER)
               .expectNoEvents().expectException(InvalidInputException.class)
               .expectExceptionMessage("comment: give the reason for moving the lead back out of SIGNED");
        fixture.given(CREATED, signed)
               .when(new MoveLeadToStageCommand("lead-1", Stage.INTENT, null, "agreement withdrawn", null), OWNER)
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.SIGNED, Stage.INTENT, TODAY,
                                                       "agreement withdrawn"));
        fixture.given(CREATED, signed).when(back, MANAGER)
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.SIGNED, Stage.LEAD, TODAY, null));
        fixture.given(CREATED, new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.INTENT, TODAY, null))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED), ITS_AMBASSADOR)
               .expectEvents(new LeadMovedToStageEvent("lead-1", Stage.INTENT, Stage.CONTACTED, TODAY, null));
    }

    @Test
    void ambassadorsLogActivitiesButNoInternalNotes() {
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "a-1", ActivityType.CALL, TODAY, List.of(), "call", null, null),
                     ITS_AMBASSADOR)
               .expectEvents(new ActivityLoggedEvent("lead-1", "a-1", ActivityType.CALL, TODAY, List.of(), "call",
                                                     false));
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "a-1", ActivityType.CALL, TODAY, List.of(), "call", true, null),
                     ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class);
        fixture.given(CREATED)
               .when(new LogActivityCommand("lead-1", "a-1", ActivityType.CALL, TODAY, List.of(), "note", true, null),
                     OWNER)
               .expectEvents(new ActivityLoggedEvent("lead-1", "a-1", ActivityType.CALL, TODAY, List.of(), "note",
                                                     true));
    }

    @Test
    void aLeadAnAmbassadorMayNotSeeIsUnknownToThem() {
        fixture.given(CREATED).when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED), OTHER_AMBASSADOR)
               .expectNoEvents().expectException(AggregateNotFoundException.class);
        fixture.given(CREATED, new LeadTeamMemberAddedEvent("lead-1", "harbour"))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED), OTHER_AMBASSADOR)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAdministratorAloneHasNoLeadData() {
        fixture.given(CREATED).when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED), ADMIN)
               .expectNoEvents().expectException(NotPermittedException.class)
               .expectExceptionMessage("Lead data needs the role STAFF or MANAGER or AMBASSADOR");
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-2", Company.named("X", null), SourceMarket.JAPAN, null, null, null),
                     ADMIN)
               .expectNoEvents().expectException(NotPermittedException.class);
    }

    @Test
    void aLeadAnAmbassadorCreatesIsCreditedToThem() {
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-2", Company.named("Fleet Lead", null), SourceMarket.LONDON, null,
                                           null, null), ITS_AMBASSADOR)
               .expectEvents(new LeadCreatedEvent("lead-2", Company.named("Fleet Lead", null), SourceMarket.LONDON,
                                                  null, "amb-london", "fleet", TODAY));
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-2", Company.named("Fleet Lead", null), SourceMarket.LONDON, null,
                                           "amb-hk", null), ITS_AMBASSADOR)
               .expectNoEvents().expectException(NotPermittedException.class)
               .expectExceptionMessage("Ambassadors and partners create leads credited to themselves");
    }
}
