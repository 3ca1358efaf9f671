package org.zhaoshang.crm.security.users;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhaoshang.crm.security.api.SecurityEvent;

import java.io.IOException;

/**
 * On every request of a signed-in session, reads the user again (one read by key): a user disabled or removed since
 * signing in loses the session at once, and changed roles apply from the next request.
 */
@Component
public class ActiveUserCheck extends OncePerRequestFilter {

    private final UserStore users;
    private final SecurityLog securityLog;

    ActiveUserCheck(UserStore users, SecurityLog securityLog) {
        this.users = users;
        this.securityLog = securityLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            StoredUser user = users.find(signedIn.getUsername());
            if (user == null || !user.enabled()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                securityLog.record(SecurityEvent.Type.SESSION_ENDED, signedIn.getUsername(), request.getRemoteAddr(),
                                   null, "the user was disabled");
            } else if (user.version() != signedIn.version()) {
                SignedInUser current = new SignedInUser(user);
                current.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        current, null, current.getAuthorities()));
                SecurityContextHolder.setContext(context);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
