package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.eventstore.WriteDurability;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.zhaoshang.crm.security.api.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in UI session is checked against the stored user on every request. */
class ActiveUserCheckTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDisabledUsersSessionEndsAtTheNextRequest() throws Exception {
        UserStore users = new UserStore(STORE.database("disabled"), WriteDurability.byWriteConcern(), new StoreAvailability());
        StoredUser li = user("li", Set.of(Role.STAFF));
        users.insert(li);
        MockHttpSession session = signIn(li);
        users.replace(li.withEnabled(false));

        check(users, session);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void changedRolesApplyFromTheNextRequest() throws Exception {
        UserStore users = new UserStore(STORE.database("roles"), WriteDurability.byWriteConcern(), new StoreAvailability());
        StoredUser li = user("li", Set.of(Role.STAFF));
        users.insert(li);
        MockHttpSession session = signIn(li);
        users.replace(li.withRoles(Set.of(Role.STAFF, Role.MANAGER), null));

        check(users, session);

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_MANAGER");
    }

    private static StoredUser user(String name, Set<Role> roles) {
        return new StoredUser(name, name, "{noop}x", roles, null, true, 0, NOW, NOW);
    }

    private static MockHttpSession signIn(StoredUser user) {
        SignedInUser principal = new SignedInUser(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return new MockHttpSession();
    }

    private static void check(UserStore users, MockHttpSession session) throws Exception {
        MongoDatabase database = STORE.database("log");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new ActiveUserCheck(users, new SecurityLog(database, Clock.systemUTC()))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
