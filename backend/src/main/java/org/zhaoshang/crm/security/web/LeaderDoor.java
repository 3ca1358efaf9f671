package org.zhaoshang.crm.security.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.zhaoshang.crm.security.api.Role;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user who holds no role but LEADER (区领导) may reach of the API: their own account, the department list, the
 * key projects, problems, lights and cockpit, and instructions. Everything else (leads, pipeline, imports,
 * performance, documents, exports, administration) is refused at the door, before any handler; the handlers decide
 * within these paths (a leader sees only the key projects they answer for) and refuse a leader again by role.
 */
final class LeaderDoor {

    /** Read by a LEADER as by anyone signed in (the handlers decide what). */
    static final String[] READS = {"/api/departments"};
    /** Reached by a LEADER as by anyone signed in (the handlers decide what). */
    static final String[] PATHS = {"/api/me", "/api/me/**", "/api/key-projects", "/api/key-projects/**",
                                   "/api/problems", "/api/problems/**", "/api/lights/**", "/api/cockpit",
                                   "/api/cockpit/**", "/api/leads/*/instructions", "/api/leads/*/problems"};
    /** The roles beyond LEADER, as authorities; anonymous callers hold none of them. */
    private static final Set<String> OTHER_ROLES = Arrays.stream(Role.values()).filter(role -> role != Role.LEADER)
                                                         .map(role -> "ROLE_" + role.name())
                                                         .collect(Collectors.toUnmodifiableSet());
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private LeaderDoor() {
    }

    /** Signed in (not anonymous) with a role other than LEADER. */
    static AuthorizationManager<RequestAuthorizationContext> beyondLeader() {
        return (authentication, context) -> new AuthorizationDecision(holdsMoreThanLeader(authentication.get()));
    }

    private static boolean holdsMoreThanLeader(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication)
               && authentication.getAuthorities().stream()
                                .anyMatch(authority -> OTHER_ROLES.contains(authority.getAuthority()));
    }
}
