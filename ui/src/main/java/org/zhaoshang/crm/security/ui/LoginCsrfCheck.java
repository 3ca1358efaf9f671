package org.zhaoshang.crm.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Refuses a sign-in (POST /login) without the session's CSRF token, so that another site cannot sign a browser in
 * under the attacker's account (login CSRF). Vaadin's security configuration exempts the login path from Spring's
 * CSRF check, and its login form sends the token only when the page carries it ({@link CsrfMetaTags}). A refused
 * sign-in goes back to the sign-in page, which then carries a fresh token.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final String loginPath;
    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
               || !request.getRequestURI().equals(request.getContextPath() + loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // set by Spring's CsrfFilter, which runs before and loads the session's token without checking it here
        DeferredCsrfToken deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
        if (deferred == null || deferred.isGenerated() || !matches(request, deferred.get())) {
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean matches(HttpServletRequest request, CsrfToken expected) {
        String sent = tokens.resolveCsrfTokenValue(request, expected);
        return sent != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                                                     sent.getBytes(StandardCharsets.UTF_8));
    }
}
