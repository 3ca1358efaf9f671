package org.zhaoshang.crm.department.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhaoshang.crm.department.api.DepartmentDefinedEvent;
import org.zhaoshang.crm.department.api.DepartmentRenamedEvent;
import org.zhaoshang.crm.department.api.DepartmentRetiredEvent;
import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RenameDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RetireDepartmentCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** The department list's rules: administrators alone keep it; a code is defined once; names in both languages. */
class DepartmentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Map<String, ?> ADMIN = Caller.user("admin", Set.of(Role.ADMIN), null).toMetaData();
    private static final DepartmentDefinedEvent DEFINED = new DepartmentDefinedEvent(
            "dev-reform", "区发展和改革局", "District Development and Reform Bureau", "admin", TODAY);

    private AggregateTestFixture<Department> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Department.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static Map<String, ?> only(Role role) {
        return Caller.user("someone", Set.of(role), role == Role.AMBASSADOR ? "amb-7" : null).toMetaData();
    }

    @Test
    void anAdministratorDefinesADepartmentWithItsNamesStripped() {
        fixture.givenNoPriorActivity()
               .when(new DefineDepartmentCommand("dev-reform", " 区发展和改革局 ",
                                                 "District Development and Reform Bureau "), ADMIN)
               .expectEvents(DEFINED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "MANAGER", "AMBASSADOR", "LEADER"})
    void nobodyButAnAdministratorChangesTheList(Role role) {
        fixture.givenNoPriorActivity()
               .when(new DefineDepartmentCommand("dev-reform", "区发展和改革局", "Reform"), only(role))
               .expectException(NotPermittedException.class).expectNoEvents();
        fixture.given(DEFINED).when(new RenameDepartmentCommand("dev-reform", "发改局", "Reform", null), only(role))
               .expectException(NotPermittedException.class).expectNoEvents();
        fixture.given(DEFINED).when(new RetireDepartmentCommand("dev-reform", null), only(role))
               .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void aCodeIsDefinedOnce() {
        fixture.given(DEFINED)
               .when(new DefineDepartmentCommand("dev-reform", "另一个", "Another"), ADMIN)
               .expectException(InvalidInputException.class).expectExceptionMessage(
                       org.hamcrest.Matchers.containsString("code"))
               .expectNoEvents();
    }

    @Test
    void codesAreIdentifiersAndBothNamesAreRequiredAndShort() {
        fixture.givenNoPriorActivity()
               .when(new DefineDepartmentCommand("dev reform/1", " ", "x".repeat(201)), ADMIN)
               .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aRenameNeedsBothNamesShort() {
        fixture.given(DEFINED)
               .when(new RenameDepartmentCommand("dev-reform", "改".repeat(201), null, null), ADMIN)
               .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void renamingChangesTheNamesAndTheSameNamesChangeNothing() {
        fixture.given(DEFINED)
               .when(new RenameDepartmentCommand("dev-reform", "区发改局", "Development and Reform", 0L), ADMIN)
               .expectEvents(new DepartmentRenamedEvent("dev-reform", "区发改局", "Development and Reform", "admin",
                                                        TODAY));
        fixture.given(DEFINED)
               .when(new RenameDepartmentCommand("dev-reform", DEFINED.nameZh(), DEFINED.nameEn(), 0L), ADMIN)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aDepartmentRetiresOnce() {
        fixture.given(DEFINED)
               .when(new RetireDepartmentCommand("dev-reform", 0L), ADMIN)
               .expectEvents(new DepartmentRetiredEvent("dev-reform", "admin", TODAY));
        fixture.given(DEFINED, new DepartmentRetiredEvent("dev-reform", "admin", TODAY))
               .when(new RetireDepartmentCommand("dev-reform", null), ADMIN)
               .expectException(InvalidInputException.class).expectNoEvents();
    }
}
