package org.zhaoshang.crm.keyproject.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;
import org.zhaoshang.crm.keyproject.api.ProblemLeads;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.StopKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.WriteInstructionCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;

/**
 * The rules of a key project, one test per rule: managers designate and stop; only the project's responsible leader,
 * while it is key, writes instructions; staff, ambassadors, administrators and other leaders do neither.
 */
class KeyProjectTest {

    /** 10:00 in Jinan on 6 December 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String ID = "2026:lead-1";

    private static final Map<String, ?> MANAGER = Caller.user("wang.jianguo", Set.of(Role.MANAGER), null)
                                                        .toMetaData();
    private static final Map<String, ?> STAFF_OWNER = Caller.user("li.na", Set.of(Role.STAFF), null).toMetaData();
    private static final Map<String, ?> AMBASSADOR = Caller.user("amb-user", Set.of(Role.AMBASSADOR), "amb-7")
                                                           .toMetaData();
    private static final Map<String, ?> ADMIN = Caller.user("admin", Set.of(Role.ADMIN), null).toMetaData();
    private static final Map<String, ?> LEADER = Caller.user("zhao.lixin", Set.of(Role.LEADER), null).toMetaData();
    private static final Map<String, ?> OTHER_LEADER = Caller.user("sun.hai", Set.of(Role.LEADER), null)
                                                             .toMetaData();

    private static final Designation DESIGNATION = new Designation("zhao.lixin", "commerce", "年内签约并开工");
    private static final KeyProjectDesignatedEvent DESIGNATED = new KeyProjectDesignatedEvent(
            ID, 2026, "lead-1", DESIGNATION, "wang.jianguo", TODAY);
    private static final KeyProjectStoppedEvent STOPPED = new KeyProjectStoppedEvent(
            ID, 2026, "lead-1", "企业暂缓投资", "wang.jianguo", TODAY);

    private FixtureConfiguration<KeyProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KeyProject.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(new ProjectLeads(null) {
            @Override
            public LeadState now(String leadId) {
                return "lead-1".equals(leadId)
                       ? LeadState.NONE.apply(new LeadCreatedEvent("lead-1", Company.named("Mizuho Leasing", null),
                                                                    SourceMarket.JAPAN, null, "amb-7", "li.na",
                                                                    LocalDate.of(2025, 10, 1)), null)
                       : LeadState.NONE;
            }
        });
        fixture.registerInjectableResource(new PeopleDirectory() {
            @Override
            public String nameOf(String username) {
                return username;
            }

            @Override
            public List<Person> withAnyRole(Set<Role> roles) {
                return roles.contains(Role.LEADER) ? List.of(new Person("zhao.lixin", "赵立新"),
                                                             new Person("sun.hai", "孙海")) : List.of();
            }
        });
        fixture.registerInjectableResource(new DepartmentCatalog() {
            @Override
            public Optional<Department> find(String code) {
                return all().stream().filter(department -> department.code().equals(code)).findFirst();
            }

            @Override
            public List<Department> all() {
                return List.of(new Department("commerce", "区商务局", "Commerce", false),
                               new Department("housing", "区住建局", "Housing", false),
                               new Department("old-office", "旧办公室", "Old office", true));
            }
        });
        // problem-1 and problem-2 are problems of lead-1, problem-9 of another lead
        ProblemLeads problems = problemId -> switch (problemId) {
            case "problem-1", "problem-2" -> Optional.of("lead-1");
            case "problem-9" -> Optional.of("lead-9");
            default -> Optional.empty();
        };
        fixture.registerInjectableResource(problems);
    }

    private static DesignateKeyProjectCommand designate(Designation designation) {
        return new DesignateKeyProjectCommand(2026, "lead-1", designation, null);
    }

    @Test
    void aManagerDesignatesALeadWithItsLeaderDepartmentAndGoal() {
        fixture.givenNoPriorActivity()
               .when(designate(new Designation(" zhao.lixin ", "commerce", " 年内签约并开工")), MANAGER)
               .expectEvents(DESIGNATED);
    }

    @Test
    void onlyManagersDesignate() {
        for (Map<String, ?> caller : List.of(STAFF_OWNER, AMBASSADOR, ADMIN, LEADER, OTHER_LEADER)) {
            fixture.givenNoPriorActivity().when(designate(DESIGNATION), caller)
                   .expectException(NotPermittedException.class).expectNoEvents();
        }
    }

    @Test
    void theLeadMustExist() {
        fixture.givenNoPriorActivity()
               .when(new DesignateKeyProjectCommand(2026, "lead-404", DESIGNATION, null), MANAGER)
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void theLeaderMustHoldLeaderAndTheDepartmentMustBeActive() {
        fixture.givenNoPriorActivity()
               .when(designate(new Designation("li.na", "old-office", "目标")), MANAGER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(containsString("leader"))
               .expectExceptionMessage(containsString("department"))
               .expectNoEvents();
    }

    @Test
    void theInputIsCheckedBeforeAnything() {
        fixture.givenNoPriorActivity()
               .when(new DesignateKeyProjectCommand(1999, "lead-1", new Designation(" ", "no/such", "x".repeat(501)),
                                                    null), MANAGER)
               .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aDesignationIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new DesignateKeyProjectCommand(2026, "lead-1", null, null), MANAGER)
               .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void designatingTheSameAgainChangesNothingAndAChangeIsANewDesignation() {
        fixture.given(DESIGNATED).when(designate(DESIGNATION), MANAGER)
               .expectSuccessfulHandlerExecution().expectNoEvents();
        Designation moved = new Designation("sun.hai", "housing", "年内签约并开工");
        fixture.given(DESIGNATED).when(designate(moved), MANAGER)
               .expectEvents(new KeyProjectDesignatedEvent(ID, 2026, "lead-1", moved, "wang.jianguo", TODAY));
    }

    @Test
    void aStoppedProjectIsDesignatedAgain() {
        fixture.given(DESIGNATED, STOPPED).when(designate(DESIGNATION), MANAGER).expectEvents(DESIGNATED);
    }

    @Test
    void aManagerStopsAKeyProjectWithAReason() {
        fixture.given(DESIGNATED).when(new StopKeyProjectCommand(2026, "lead-1", " 企业暂缓投资 ", 0L), MANAGER)
               .expectEvents(STOPPED);
    }

    @Test
    void onlyManagersStopAndOnlyAKeyProjectWithAReason() {
        for (Map<String, ?> caller : List.of(STAFF_OWNER, AMBASSADOR, ADMIN, LEADER, OTHER_LEADER)) {
            fixture.given(DESIGNATED).when(new StopKeyProjectCommand(2026, "lead-1", "原因", null), caller)
                   .expectException(NotPermittedException.class).expectNoEvents();
        }
        fixture.given(DESIGNATED).when(new StopKeyProjectCommand(2026, "lead-1", " ", null), MANAGER)
               .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(DESIGNATED, STOPPED).when(new StopKeyProjectCommand(2026, "lead-1", "原因", null), MANAGER)
               .expectException(InvalidInputException.class).expectExceptionMessage(containsString("keyProjectId"))
               .expectNoEvents();
    }

    @Test
    void whoMayNotIsRefusedBeforeHearingWhetherTheLeadIsAKeyProject() {
        for (Map<String, ?> caller : List.of(STAFF_OWNER, AMBASSADOR, ADMIN, LEADER)) {
            fixture.givenNoPriorActivity().when(new StopKeyProjectCommand(2026, "lead-1", "原因", null), caller)
                   .expectException(NotPermittedException.class).expectNoEvents();
        }
        for (Map<String, ?> caller : List.of(MANAGER, STAFF_OWNER, AMBASSADOR, ADMIN)) {
            fixture.givenNoPriorActivity()
                   .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "批示"), caller)
                   .expectException(NotPermittedException.class).expectNoEvents();
        }
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        fixture.given(DESIGNATED)
               .when(new DesignateKeyProjectCommand(2026, "lead-1", new Designation("sun.hai", "commerce", "目标"), 3L),
                     MANAGER)
               .expectException(ConflictingAggregateVersionException.class).expectNoEvents();
        fixture.given(DESIGNATED, STOPPED, DESIGNATED)
               .when(new StopKeyProjectCommand(2026, "lead-1", "原因", 1L), MANAGER)
               .expectException(ConflictingAggregateVersionException.class).expectNoEvents();
    }

    @Test
    void neverDesignatedIsNoKeyProject() {
        fixture.givenNoPriorActivity().when(new StopKeyProjectCommand(2026, "lead-1", "原因", null), MANAGER)
               .expectException(AggregateNotFoundException.class);
        fixture.givenNoPriorActivity()
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "抓紧推进"), LEADER)
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theResponsibleLeaderWritesAnInstructionOnTheProjectOrOneOfItsProblems() {
        fixture.given(DESIGNATED)
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, " 抓紧推进，月底前报进展 "), LEADER)
               .expectEvents(new InstructionWrittenEvent(ID, 2026, "lead-1", "i-1", null, "抓紧推进，月底前报进展",
                                                         "zhao.lixin", TODAY));
        fixture.given(DESIGNATED)
               .when(new WriteInstructionCommand(2026, "lead-1", "i-2", "problem-2", "商务局牵头协调"), LEADER)
               .expectEvents(new InstructionWrittenEvent(ID, 2026, "lead-1", "i-2", "problem-2", "商务局牵头协调",
                                                         "zhao.lixin", TODAY));
    }

    @Test
    void nobodyElseWritesInstructionsNorTheLeaderOnceTheProjectStoppedOrMoved() {
        for (Map<String, ?> caller : List.of(MANAGER, STAFF_OWNER, AMBASSADOR, ADMIN, OTHER_LEADER)) {
            fixture.given(DESIGNATED).when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "批示"), caller)
                   .expectException(NotPermittedException.class).expectNoEvents();
        }
        fixture.given(DESIGNATED, STOPPED)
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "批示"), LEADER)
               .expectException(NotPermittedException.class).expectNoEvents();
        fixture.given(DESIGNATED, new KeyProjectDesignatedEvent(ID, 2026, "lead-1",
                                                                new Designation("sun.hai", "commerce", "目标"),
                                                                "wang.jianguo", TODAY))
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "批示"), LEADER)
               .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void anInstructionNamesOnlyAProblemOfThisLeadAndHasText() {
        for (String problem : List.of("problem-9", "no-such-problem")) {
            fixture.given(DESIGNATED)
                   .when(new WriteInstructionCommand(2026, "lead-1", "i-1", problem, "批示"), LEADER)
                   .expectException(InvalidInputException.class).expectExceptionMessage(containsString("problemId"))
                   .expectNoEvents();
        }
        fixture.given(DESIGNATED)
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "批".repeat(2001)), LEADER)
               .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(DESIGNATED, new InstructionWrittenEvent(ID, 2026, "lead-1", "i-1", null, "批示", "zhao.lixin",
                                                              TODAY))
               .when(new WriteInstructionCommand(2026, "lead-1", "i-1", null, "再批示"), LEADER)
               .expectException(InvalidInputException.class).expectNoEvents();
    }
}
