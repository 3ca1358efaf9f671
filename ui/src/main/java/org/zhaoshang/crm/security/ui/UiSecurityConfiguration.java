package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.zhaoshang.crm.security.users.SignInLockedException;
import org.zhaoshang.crm.security.users.SignInWaitsForStoreException;
import org.zhaoshang.crm.security.web.ApiSecurityConfiguration;
import org.zhaoshang.crm.security.web.SecurityHeaders;

/**
 * The UI: every view needs a signed-in user unless it says otherwise ({@code @AnonymousAllowed}), sign-in through
 * {@link LoginView} against the stored users, CSRF protection on (the sign-in too: {@link LoginCsrfCheck}), the
 * session's user carried into Vaadin's background access, a Content-Security-Policy. The REST API has its own
 * chain ({@link ApiSecurityConfiguration}), which comes first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class UiSecurityConfiguration {

    /**
     * What Vaadin 24 needs: its bootstrap and {@code executeJs} run inline and evaluated scripts, its components
     * inline styles, push a WebSocket to this host; everything (ECharts included) comes from this host.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String LOGIN_PATH = "/login";

    @Bean
    @Order(ApiSecurityConfiguration.ORDER + 1)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
            .addFilterBefore(new LoginCsrfCheck(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                   .formLogin(form -> form.failureHandler((request, response, exception) ->
                           new SimpleUrlAuthenticationFailureHandler(
                                   exception instanceof SignInLockedException ? "/login?locked"
                                   : exception instanceof SignInWaitsForStoreException ? "/login?store-down"
                                   : "/login?error")
                                   .onAuthenticationFailure(request, response, exception)))
                   .build();
    }
}
