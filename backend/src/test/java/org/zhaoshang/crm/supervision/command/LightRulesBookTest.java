package org.zhaoshang.crm.supervision.command;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.LightRulesChangedEvent;
import org.zhaoshang.crm.supervision.api.ProgressSignal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand.RULES_ID;

/** The light rules as a fact: who may change them, from which day, and what they may be. */
class LightRulesBookTest {

    /** 01:00 in Jinan on 7 December 2026 (still the 6th in UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Map<String, ?> MANAGER = Caller.user("wang.jianguo", Set.of(Role.MANAGER), null).toMetaData();
    private static final Map<String, ?> ADMIN = Caller.user("admin", Set.of(Role.ADMIN), null).toMetaData();
    private static final Map<String, ?> STAFF = Caller.user("li.na", Set.of(Role.STAFF), null).toMetaData();
    private static final Map<String, ?> LEADER = Caller.user("leader.zhao", Set.of(Role.LEADER), null).toMetaData();
    private static final Map<String, ?> AMBASSADOR = Caller.user("amb", Set.of(Role.AMBASSADOR), "amb-1")
                                                           .toMetaData();
    private static final LightRules SHORTER = new LightRules(
            1, 7, 1, 15, 30, 45, Set.of(ProgressSignal.STAGE_MOVE, ProgressSignal.ACTIVITY));

    private AggregateTestFixture<LightRulesBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LightRulesBook.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void aManagerChangesTheRulesFromTodayWhenNoDayIsGiven() {
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(SHORTER, null, null), MANAGER)
               .expectEvents(new LightRulesChangedEvent(RULES_ID, SHORTER, TODAY, "wang.jianguo", TODAY));
    }

    @Test
    void anAdministratorChangesThemFromALaterDay() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        fixture.given(new LightRulesChangedEvent(RULES_ID, SHORTER, TODAY.minusDays(30), "wang.jianguo",
                                                 TODAY.minusDays(30)))
               .when(new ChangeLightRulesCommand(LightRules.DEFAULTS, newYear, 0L), ADMIN)
               .expectEvents(new LightRulesChangedEvent(RULES_ID, LightRules.DEFAULTS, newYear, "admin", TODAY));
    }

    @Test
    void staffLeadersAndAmbassadorsMayNot() {
        for (Map<String, ?> caller : List.of(STAFF, LEADER, AMBASSADOR)) {
            fixture.givenNoPriorActivity()
                   .when(new ChangeLightRulesCommand(SHORTER, null, null), caller)
                   .expectException(NotPermittedException.class);
        }
    }

    @Test
    void aChangeNeverRewritesThePast() {
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(SHORTER, TODAY.minusDays(1), null), MANAGER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(containsString("effectiveFrom: must be today (2026-12-07) or later"));
    }

    @Test
    void redNeverComesBeforeYellowAndEveryNumberIsADayCount() {
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(new LightRules(10, 5, 0, 31, 60, 5000, Set.of()), null, null),
                     MANAGER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(allOf(containsString("redCardDays: a red card comes no earlier"),
                                             containsString("yellowMilestoneDays: must be between 1 and 3650"),
                                             containsString("redNoProgressDays: must be between 1 and 3650"),
                                             containsString("progress: name at least one kind of progress")));
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(null, null, null), MANAGER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(containsString("rules: must not be empty"));
    }

    @Test
    void aChangeIsAgainstTheVersionItWasReadAt() {
        LightRulesChangedEvent first = new LightRulesChangedEvent(RULES_ID, SHORTER, TODAY, "admin", TODAY);
        fixture.given(first, first)
               .when(new ChangeLightRulesCommand(LightRules.DEFAULTS, null, 0L), MANAGER)
               .expectException(ConflictingAggregateVersionException.class);
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(LightRules.DEFAULTS, null, 0L), MANAGER)
               .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void aDayMoreThanTenYearsAwayIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new ChangeLightRulesCommand(SHORTER, TODAY.plusYears(10).plusDays(1), null), MANAGER)
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(containsString("effectiveFrom: must be at most 10 years from today"));
    }
}
