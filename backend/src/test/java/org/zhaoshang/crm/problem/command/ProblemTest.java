package org.zhaoshang.crm.problem.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemReopenedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.problem.api.ProblemTalkRecordedEvent;
import org.zhaoshang.crm.problem.api.command.CloseProblemCommand;
import org.zhaoshang.crm.problem.api.command.NoteProblemProgressCommand;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.problem.api.command.RecordTalkCommand;
import org.zhaoshang.crm.problem.api.command.ReopenProblemCommand;
import org.zhaoshang.crm.problem.api.command.ResolveProblemCommand;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;

/**
 * The rules of a problem (督办), one test per move: given events, a command by a caller, the events or the refusal
 * expected; a refusal stores nothing.
 */
class ProblemTest {

    /** 10:00 in Jinan on 27 November 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static final Map<String, ?> STAFF_OWNER = user("li.na", Role.STAFF);
    private static final Map<String, ?> TEAM_STAFF = user("wang.fang", Role.STAFF);
    private static final Map<String, ?> OTHER_STAFF = user("liu.yang", Role.STAFF);
    private static final Map<String, ?> DEPARTMENT_USER = user("dept-fgj", Role.STAFF);
    private static final Map<String, ?> OTHER_DEPARTMENT_USER = user("dept-swj", Role.STAFF);
    private static final Map<String, ?> MANAGER = user("wang.jianguo", Role.MANAGER);
    private static final Map<String, ?> LEADER = user("leader", Role.LEADER);
    private static final Map<String, ?> OTHER_LEADER = user("leader-zhao", Role.LEADER);
    private static final Map<String, ?> ADMIN = user("admin", Role.ADMIN);
    private static final Map<String, ?> OWN_AMBASSADOR = Caller.user("amb-user", Set.of(Role.AMBASSADOR), "amb-7")
                                                               .toMetaData();

    private static final ProblemRaisedEvent RAISED = new ProblemRaisedEvent(
            "pr-1", "lead-1", "用地指标未落实", "fgj", DUE, "li.na", TODAY.minusDays(10));
    private static final ProblemProgressNotedEvent NOTED = new ProblemProgressNotedEvent(
            "pr-1", "lead-1", "已报市局", "dept-fgj", TODAY.minusDays(5));
    private static final ProblemResolvedEvent RESOLVED = new ProblemResolvedEvent(
            "pr-1", "lead-1", "指标已下达", "dept-fgj", TODAY.minusDays(2));
    private static final ProblemClosedEvent CLOSED = new ProblemClosedEvent(
            "pr-1", "lead-1", null, "wang.jianguo", TODAY.minusDays(1));

    private final List<LeadEvent> lead = new ArrayList<>();
    private AggregateTestFixture<Problem> fixture;

    private static Map<String, ?> user(String id, Role role) {
        return Caller.user(id, Set.of(role), null).toMetaData();
    }

    @BeforeEach
    void setUp() {
        lead.add(new LeadCreatedEvent("lead-1", Company.named("Mizuho Leasing", null), SourceMarket.JAPAN, null,
                                      "amb-7", "li.na", LocalDate.of(2025, 10, 1)));
        lead.add(new LeadTeamMemberAddedEvent("lead-1", "wang.fang"));
        fixture = new AggregateTestFixture<>(Problem.class);
        fixture.registerInjectableResource(CLOCK);
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
        fixture.registerInjectableResource(new DepartmentCatalog() {
            private final List<Department> departments = List.of(
                    new Department("fgj", "区发改局", "District Development and Reform Bureau", false),
                    new Department("swj", "区商务局", "District Commerce Bureau", false),
                    new Department("old", "区经信局", "District Economy and IT Bureau", true));

            @Override
            public Optional<Department> find(String code) {
                return departments.stream().filter(department -> department.code().equals(code)).findFirst();
            }

            @Override
            public List<Department> all() {
                return departments;
            }
        });
        fixture.registerInjectableResource(new PeopleDirectory() {
            @Override
            public String nameOf(String username) {
                return username;
            }

            @Override
            public List<Person> withAnyRole(Set<Role> roles) {
                return List.of();
            }

            @Override
            public String departmentOf(String username) {
                return Map.of("dept-fgj", "fgj", "dept-swj", "swj").get(username);
            }
        });
        KeyProjectLeaders leaders = (username, year, leadId) -> username.equals("leader") && year == 2026
                                                                 && leadId.equals("lead-1");
        fixture.registerInjectableResource(leaders);
    }

    private static RaiseProblemCommand raise(String leadId, String department, LocalDate dueOn) {
        return new RaiseProblemCommand("pr-1", leadId, " 用地指标未落实 ", department, dueOn, null);
    }

    private static ProblemRaisedEvent raisedBy(String by) {
        return new ProblemRaisedEvent("pr-1", "lead-1", "用地指标未落实", "fgj", DUE, by, TODAY);
    }

    private static void refused(ResultValidator<Problem> result, Class<? extends Exception> refusal) {
        result.expectException(refusal).expectNoEvents();
    }

    private static void refusedBy(ResultValidator<Problem> result, String rule) {
        result.expectException(InvalidInputException.class).expectExceptionMessage(containsString(rule))
              .expectNoEvents();
    }

    private ResultValidator<Problem> given(List<ProblemEvent> history, Object command, Map<String, ?> caller) {
        return fixture.given(List.copyOf(history)).when(command, caller);
    }

    // --- raising (交办)

    @Test
    void theLeadsOwnerTeamAndManagersRaiseAProblemAndItIsAssigned() {
        for (var caller : List.of(STAFF_OWNER, TEAM_STAFF, MANAGER)) {
            fixture.givenNoPriorActivity()
                   .when(raise("lead-1", "fgj", DUE), caller)
                   .expectEvents(raisedBy(caller.get("actor").toString()));
        }
    }

    @Test
    void nobodyElseRaisesAProblem() {
        for (var caller : List.of(OTHER_STAFF, DEPARTMENT_USER, OWN_AMBASSADOR, LEADER, ADMIN)) {
            refused(fixture.givenNoPriorActivity().when(raise("lead-1", "fgj", DUE), caller),
                    NotPermittedException.class);
        }
    }

    @Test
    void aProblemIsRaisedOnAnExistingLeadForAnActiveDepartmentAndADueDayFromToday() {
        refused(fixture.givenNoPriorActivity().when(raise("lead-9", "fgj", DUE), MANAGER),
                AggregateNotFoundException.class);
        refusedBy(fixture.givenNoPriorActivity().when(raise("lead-1", "old", DUE), MANAGER), "department: no active department");
        refusedBy(fixture.givenNoPriorActivity().when(raise("lead-1", "nope", DUE), MANAGER), "department: no active department");
        refusedBy(fixture.givenNoPriorActivity().when(raise("lead-1", "fgj", TODAY.minusDays(1)), MANAGER),
                  "dueOn: must be today");
        refusedBy(fixture.givenNoPriorActivity()
                         .when(new RaiseProblemCommand("pr-1", "lead-1", " ", "fgj", null, null), MANAGER),
                  "description");
        fixture.givenNoPriorActivity()
               .when(raise("lead-1", "fgj", TODAY), MANAGER)
               .expectEvents(new ProblemRaisedEvent("pr-1", "lead-1", "用地指标未落实", "fgj", TODAY, "wang.jianguo",
                                                    TODAY));
    }

    @Test
    void onlyTheApplicationRecordsAProblemRaisedBeforeTodayAndItsDueDayFollowsThatDay() {
        LocalDate raisedOn = TODAY.minusDays(40);
        LocalDate overdue = TODAY.minusDays(20);
        fixture.givenNoPriorActivity()
               .when(new RaiseProblemCommand("pr-1", "lead-1", "用地", "fgj", overdue, null, raisedOn),
                     Map.of("actor", "li.na"))
               .expectEvents(new ProblemRaisedEvent("pr-1", "lead-1", "用地", "fgj", overdue, "li.na", raisedOn));
        refusedBy(fixture.givenNoPriorActivity()
                         .when(new RaiseProblemCommand("pr-1", "lead-1", "用地", "fgj", overdue, null, raisedOn),
                               STAFF_OWNER), "raisedOn: only the application");
        refusedBy(fixture.givenNoPriorActivity()
                         .when(new RaiseProblemCommand("pr-1", "lead-1", "用地", "fgj", raisedOn.minusDays(1), null,
                                                       raisedOn), Map.of("actor", "li.na")), "dueOn: must be");
        refusedBy(fixture.givenNoPriorActivity()
                         .when(new RaiseProblemCommand("pr-1", "lead-1", "用地", "fgj", DUE, null, TODAY.plusDays(1)),
                               Map.of("actor", "li.na")), "raisedOn: must not be after today");
    }

    @Test
    void raisingTheSameProblemAgainStoresNothingTwice() {
        fixture.given(RAISED).when(raise("lead-1", "fgj", DUE), STAFF_OWNER)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    // --- progress notes (办理中)

    @Test
    void theDepartmentTheLeadsOwnerAndTeamAndManagersNoteProgressAndTheFirstNoteStartsTheWork() {
        for (var caller : List.of(DEPARTMENT_USER, STAFF_OWNER, TEAM_STAFF, MANAGER)) {
            String by = caller.get("actor").toString();
            given(List.of(RAISED), new NoteProblemProgressCommand("pr-1", " 已协调 ", null), caller)
                    .expectEvents(new ProblemProgressNotedEvent("pr-1", "lead-1", "已协调", by, TODAY));
            given(List.of(RAISED, NOTED), new NoteProblemProgressCommand("pr-1", "再协调", null), caller)
                    .expectEvents(new ProblemProgressNotedEvent("pr-1", "lead-1", "再协调", by, TODAY));
        }
    }

    @Test
    void nobodyElseNotesProgress() {
        for (var caller : List.of(OTHER_STAFF, OTHER_DEPARTMENT_USER, OWN_AMBASSADOR, LEADER, ADMIN)) {
            refused(given(List.of(RAISED), new NoteProblemProgressCommand("pr-1", "已协调", null), caller),
                    NotPermittedException.class);
        }
    }

    @Test
    void progressIsNotedOnlyWhileTheProblemIsOpen() {
        refusedBy(given(List.of(RAISED, RESOLVED), new NoteProblemProgressCommand("pr-1", "again", null), MANAGER),
                  "status: the problem is RESOLVED");
        refusedBy(given(List.of(RAISED, RESOLVED, CLOSED), new NoteProblemProgressCommand("pr-1", "again", null),
                        DEPARTMENT_USER), "status: the problem is CLOSED");
        refusedBy(given(List.of(RAISED), new NoteProblemProgressCommand("pr-1", " ", null), DEPARTMENT_USER),
                  "note");
    }

    // --- resolving (办结)

    @Test
    void theDepartmentAndManagersResolveAnOpenProblemEvenAtOnce() {
        given(List.of(RAISED), new ResolveProblemCommand("pr-1", "指标已下达", null), DEPARTMENT_USER)
                .expectEvents(new ProblemResolvedEvent("pr-1", "lead-1", "指标已下达", "dept-fgj", TODAY));
        given(List.of(RAISED, NOTED), new ResolveProblemCommand("pr-1", "指标已下达", null), MANAGER)
                .expectEvents(new ProblemResolvedEvent("pr-1", "lead-1", "指标已下达", "wang.jianguo", TODAY));
    }

    @Test
    void nobodyElseResolves() {
        for (var caller : List.of(STAFF_OWNER, TEAM_STAFF, OTHER_STAFF, OTHER_DEPARTMENT_USER, OWN_AMBASSADOR, LEADER,
                                  ADMIN)) {
            refused(given(List.of(RAISED, NOTED), new ResolveProblemCommand("pr-1", "done", null), caller),
                    NotPermittedException.class);
        }
    }

    @Test
    void onlyAnOpenProblemIsResolved() {
        refusedBy(given(List.of(RAISED, RESOLVED), new ResolveProblemCommand("pr-1", "again", null),
                        DEPARTMENT_USER), "status: the problem is RESOLVED");
        refusedBy(given(List.of(RAISED, RESOLVED, CLOSED), new ResolveProblemCommand("pr-1", "again", null),
                        MANAGER), "status: the problem is CLOSED");
        refusedBy(given(List.of(RAISED), new ResolveProblemCommand("pr-1", null, null), MANAGER), "resolution");
    }

    // --- closing (销号)

    @Test
    void aManagerClosesAResolvedProblem() {
        given(List.of(RAISED, NOTED, RESOLVED), new CloseProblemCommand("pr-1", " 同意销号 ", null), MANAGER)
                .expectEvents(new ProblemClosedEvent("pr-1", "lead-1", "同意销号", "wang.jianguo", TODAY));
        given(List.of(RAISED, RESOLVED), new CloseProblemCommand("pr-1", null, null), MANAGER)
                .expectEvents(new ProblemClosedEvent("pr-1", "lead-1", null, "wang.jianguo", TODAY));
    }

    @Test
    void onlyManagersClose() {
        for (var caller : List.of(STAFF_OWNER, DEPARTMENT_USER, OWN_AMBASSADOR, LEADER, ADMIN)) {
            refused(given(List.of(RAISED, RESOLVED), new CloseProblemCommand("pr-1", null, null), caller),
                    NotPermittedException.class);
        }
    }

    @Test
    void onlyAResolvedProblemIsClosed() {
        refusedBy(given(List.of(RAISED), new CloseProblemCommand("pr-1", null, null), MANAGER),
                  "status: the problem is ASSIGNED");
        refusedBy(given(List.of(RAISED, NOTED), new CloseProblemCommand("pr-1", null, null), MANAGER),
                  "status: the problem is IN_PROGRESS");
        refusedBy(given(List.of(RAISED, RESOLVED, CLOSED), new CloseProblemCommand("pr-1", null, null), MANAGER),
                  "status: the problem is CLOSED");
    }

    // --- reopening

    @Test
    void aManagerReopensAResolvedOrClosedProblemWithTheReasonAndPerhapsANewDueDay() {
        given(List.of(RAISED, RESOLVED), new ReopenProblemCommand("pr-1", " 未真正解决 ", null, null), MANAGER)
                .expectEvents(new ProblemReopenedEvent("pr-1", "lead-1", "未真正解决", null, "wang.jianguo", TODAY));
        given(List.of(RAISED, RESOLVED, CLOSED), new ReopenProblemCommand("pr-1", "复发", DUE, null), MANAGER)
                .expectEvents(new ProblemReopenedEvent("pr-1", "lead-1", "复发", DUE, "wang.jianguo", TODAY));
    }

    @Test
    void aReopenedProblemIsInProgressAgain() {
        ProblemReopenedEvent reopened = new ProblemReopenedEvent("pr-1", "lead-1", "复发", null, "wang.jianguo",
                                                                 TODAY);
        List<ProblemEvent> history = List.of(RAISED, RESOLVED, CLOSED, reopened);
        given(history, new NoteProblemProgressCommand("pr-1", "重新协调", null), DEPARTMENT_USER)
                .expectEvents(new ProblemProgressNotedEvent("pr-1", "lead-1", "重新协调", "dept-fgj", TODAY));
        refusedBy(given(history, new CloseProblemCommand("pr-1", null, null), MANAGER),
                  "status: the problem is IN_PROGRESS");
        given(history, new ResolveProblemCommand("pr-1", "解决", null), DEPARTMENT_USER)
                .expectEvents(new ProblemResolvedEvent("pr-1", "lead-1", "解决", "dept-fgj", TODAY));
    }

    @Test
    void onlyManagersReopen() {
        for (var caller : List.of(STAFF_OWNER, DEPARTMENT_USER, OWN_AMBASSADOR, LEADER, ADMIN)) {
            refused(given(List.of(RAISED, RESOLVED), new ReopenProblemCommand("pr-1", "why", null, null), caller),
                    NotPermittedException.class);
        }
    }

    @Test
    void onlyAResolvedOrClosedProblemIsReopenedWithAReasonAndNoPastDueDay() {
        refusedBy(given(List.of(RAISED), new ReopenProblemCommand("pr-1", "why", null, null), MANAGER),
                  "status: the problem is ASSIGNED");
        refusedBy(given(List.of(RAISED, NOTED), new ReopenProblemCommand("pr-1", "why", null, null), MANAGER),
                  "status: the problem is IN_PROGRESS");
        refusedBy(given(List.of(RAISED, RESOLVED), new ReopenProblemCommand("pr-1", " ", null, null), MANAGER),
                  "reason");
        refusedBy(given(List.of(RAISED, RESOLVED), new ReopenProblemCommand("pr-1", "why", TODAY.minusDays(1), null),
                        MANAGER), "dueOn: must be today");
    }

    // --- talks (约谈)

    @Test
    void managersAndTheProjectsLeaderRecordATalkOnAProblemNotClosed() {
        RecordTalkCommand talk = new RecordTalkCommand("pr-1", TODAY.minusDays(1), " 区发改局局长 ", " 限期两周 ", null);
        List<List<ProblemEvent>> histories = List.of(List.of(RAISED), List.of(RAISED, NOTED), List.of(RAISED, RESOLVED));
        for (List<ProblemEvent> history : histories) {
            given(history, talk, MANAGER)
                    .expectEvents(new ProblemTalkRecordedEvent("pr-1", "lead-1", TODAY.minusDays(1), "区发改局局长",
                                                               "限期两周", "wang.jianguo", TODAY));
            given(history, talk, LEADER)
                    .expectEvents(new ProblemTalkRecordedEvent("pr-1", "lead-1", TODAY.minusDays(1), "区发改局局长",
                                                               "限期两周", "leader", TODAY));
        }
        refusedBy(given(List.of(RAISED, RESOLVED, CLOSED), talk, MANAGER), "status: the problem is CLOSED");
    }

    @Test
    void nobodyElseRecordsATalk() {
        RecordTalkCommand talk = new RecordTalkCommand("pr-1", TODAY, "区发改局局长", "限期两周", null);
        for (var caller : List.of(OTHER_LEADER, STAFF_OWNER, DEPARTMENT_USER, OWN_AMBASSADOR, ADMIN)) {
            refused(given(List.of(RAISED), talk, caller), NotPermittedException.class);
        }
    }

    @Test
    void aTalkWasHeldByTodayWithWhomAndWhatWasAgreed() {
        refusedBy(given(List.of(RAISED), new RecordTalkCommand("pr-1", TODAY.plusDays(1), "局长", "限期", null),
                        MANAGER), "heldOn: must not be after today");
        refusedBy(given(List.of(RAISED), new RecordTalkCommand("pr-1", TODAY, " ", "限期", null), MANAGER),
                  "participants");
        refusedBy(given(List.of(RAISED), new RecordTalkCommand("pr-1", TODAY, "局长", "限".repeat(2_001), null),
                        MANAGER), "summary");
    }

    // --- unknown problems

    @Test
    void aProblemThatDoesNotExistIsNotFound() {
        refused(fixture.givenNoPriorActivity().when(new NoteProblemProgressCommand("pr-1", "note", null), MANAGER),
                AggregateNotFoundException.class);
        refused(fixture.givenNoPriorActivity().when(new CloseProblemCommand("pr-1", null, null), MANAGER),
                AggregateNotFoundException.class);
    }
}
