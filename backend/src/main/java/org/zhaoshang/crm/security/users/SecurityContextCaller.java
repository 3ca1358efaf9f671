package org.zhaoshang.crm.security.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.shared.api.Actor;

import java.util.Set;

/**
 * The caller from Spring Security's context: the signed-in user, an anonymous visitor without any role, or, on a
 * thread that no request started (demo data, start-up), the application itself. Every HTTP path that reaches a
 * command or query requires a signed-in user, and Vaadin carries the session's user into its background access.
 * Messaging offers it as its {@code CurrentCaller}: security knows nothing of messaging.
 */
@Component
public class SecurityContextCaller {

    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Caller.SYSTEM;
        }
        if (authentication.isAuthenticated() && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.caller();
        }
        return Caller.user(Actor.ANONYMOUS, Set.of(), null);
    }
}
