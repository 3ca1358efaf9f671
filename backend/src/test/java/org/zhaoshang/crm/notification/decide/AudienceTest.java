package org.zhaoshang.crm.notification.decide;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody is told what their role may not see, and a disabled user nothing at all. */
class AudienceTest {

    private static final Map<String, Caller> USERS = Map.of(
            "staff", Caller.user("staff", Set.of(Role.STAFF), null),
            "manager", Caller.user("manager", Set.of(Role.MANAGER), null),
            "partner", Caller.user("partner", Set.of(Role.AMBASSADOR), "amb-1"),
            "own-leader", Caller.user("own-leader", Set.of(Role.LEADER), null),
            "other-leader", Caller.user("other-leader", Set.of(Role.LEADER), null),
            "leading-staff", Caller.user("leading-staff", Set.of(Role.LEADER, Role.STAFF), null),
            "admin", Caller.user("admin", Set.of(Role.ADMIN), null));
    private static final List<String> EVERYONE = List.of("staff", "manager", "partner", "own-leader", "other-leader",
                                                         "leading-staff", "admin", "disabled", "nobody");

    private final Audience audience = new Audience(new PeopleDirectory() {
        @Override
        public String nameOf(String username) {
            return username;
        }

        @Override
        public List<Person> withAnyRole(Set<Role> roles) {
            return USERS.values().stream().filter(user -> !Collections.disjoint(user.roles(), roles))
                        .map(user -> new Person(user.id(), user.id())).toList();
        }

        @Override
        public Optional<Caller> enabledUser(String username) {
            return Optional.ofNullable(USERS.get(username));
        }
    }, (username, year, leadId) -> username.equals("own-leader") && year == 2026 && leadId.equals("L-1"), null);

    @Test
    void aKeyProjectIsTheBureausAndItsOwnLeadersNeverAPartnersOrAnAdministratorsAlone() {
        assertThat(audience.ofKeyProject(EVERYONE, 2026, "L-1"))
                .containsExactlyInAnyOrder("staff", "manager", "own-leader", "leading-staff");
        assertThat(audience.ofKeyProject(EVERYONE, 2026, "L-2"))
                .containsExactlyInAnyOrder("staff", "manager", "leading-staff");
    }

    @Test
    void aLeadsOwnWorkReachesAPartnerOnlyOnTheLeadsTheySee() {
        assertThat(audience.ofLead(EVERYONE, "amb-1", List.of()))
                .containsExactlyInAnyOrder("staff", "manager", "partner", "leading-staff");
        assertThat(audience.ofLead(EVERYONE, "amb-2", List.of()))
                .containsExactlyInAnyOrder("staff", "manager", "leading-staff");
        assertThat(audience.ofLead(EVERYONE, "amb-2", List.of("partner"))).contains("partner");
    }

    @Test
    void reportsReachTheBureauAndLeadersAndTheBureausSupervisionTheBureau() {
        assertThat(audience.ofReports(EVERYONE))
                .containsExactlyInAnyOrder("staff", "manager", "own-leader", "other-leader", "leading-staff");
        assertThat(audience.ofBureau(EVERYONE)).containsExactlyInAnyOrder("staff", "manager", "leading-staff");
    }

    @Test
    void managersAreWhoVerify() {
        assertThat(audience.managers()).containsExactly("manager");
    }
}
