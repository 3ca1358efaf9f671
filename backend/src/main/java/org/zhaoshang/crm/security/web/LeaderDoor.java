package org.zhaoshang.crm.security.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.zhaoshang.crm.security.api.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The door of the API for the roles with the narrowest view. A user who holds no role but LEADER (区领导) passes only
 * to their own account, to the bureau's supervision (the department list, key projects, problems, lights, cockpit and
 * instructions) and to the reports; everything else (leads, pipeline, imports, performance, documents, exports, administration) is
 * refused before any handler. The supervision is the bureau's: an ambassador or partner without a bureau role never
 * passes to it. Within these paths the handlers decide (a leader sees only the key projects they answer for) and
 * refuse by role again.
 */
final class LeaderDoor {

    /** The supervision's reads everyone of the bureau may ask (the handlers decide what). */
    static final String[] SUPERVISION_READS = {"/api/departments"};
    /** The supervision, for the bureau's roles and leaders (the handlers decide what). */
    static final String[] SUPERVISION = {"/api/key-projects", "/api/key-projects/**", "/api/problems",
                                         "/api/problems/**", "/api/lights/**", "/api/cockpit", "/api/cockpit/**",
                                         "/api/leads/*/instructions", "/api/leads/*/problems"};
    /** The reports (dispatch, circular, issued reports): staff, managers and leaders only (the handlers decide what). */
    static final String[] REPORTS = {"/api/reports", "/api/reports/**"};
    /**
     * The building library and the space it offers (issue 22): staff, managers and leaders only, like the reports
     * (never an ambassador or a mere administrator; the handlers decide who changes what).
     */
    static final String[] SPACE = {"/api/buildings", "/api/buildings/**", "/api/space/**", "/api/imports/buildings"};
    /** A user's own account and notification settings, for everyone signed in. */
    static final String[] OWN_ACCOUNT = {"/api/me", "/api/me/**", "/api/notifications/settings"};
    /** A user's own inbox (and the channels offered), for everyone signed in: the handlers give only their own. */
    static final String[] OWN_INBOX = {"/api/notifications", "/api/notifications/**"};

    private static final Set<String> BEYOND_LEADER = authorities(EnumSet.complementOf(EnumSet.of(Role.LEADER)));
    private static final Set<String> BUREAU_OR_LEADER = authorities(EnumSet.complementOf(EnumSet.of(Role.AMBASSADOR)));
    private static final Set<String> REPORT_READERS = authorities(EnumSet.of(Role.STAFF, Role.MANAGER, Role.LEADER));
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private LeaderDoor() {
    }

    /** Signed in (not anonymous) with a role other than LEADER. */
    static AuthorizationManager<RequestAuthorizationContext> beyondLeader() {
        return (authentication, context) -> new AuthorizationDecision(holdsAny(authentication.get(), BEYOND_LEADER));
    }

    /** Signed in with a role of the bureau (staff, manager, administrator) or LEADER: not only an ambassador. */
    static AuthorizationManager<RequestAuthorizationContext> bureauOrLeader() {
        return (authentication, context) -> new AuthorizationDecision(holdsAny(authentication.get(),
                                                                               BUREAU_OR_LEADER));
    }

    /** Signed in as staff, manager or leader: who reads the reports (never an ambassador or a mere administrator). */
    static AuthorizationManager<RequestAuthorizationContext> reportReaders() {
        return (authentication, context) -> new AuthorizationDecision(holdsAny(authentication.get(), REPORT_READERS));
    }

    private static boolean holdsAny(Authentication authentication, Set<String> authorities) {
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication)
               && authentication.getAuthorities().stream()
                                .anyMatch(authority -> authorities.contains(authority.getAuthority()));
    }

    private static Set<String> authorities(Set<Role> roles) {
        return roles.stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toUnmodifiableSet());
    }
}
