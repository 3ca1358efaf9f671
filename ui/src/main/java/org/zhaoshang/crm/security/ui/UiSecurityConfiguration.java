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
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.zhaoshang.crm.security.users.SignInLockedException;
import org.zhaoshang.crm.security.users.SignInWaitsForStoreException;
import org.zhaoshang.crm.security.web.ApiSecurityConfiguration;

/**
 * The UI: every view needs a signed-in user unless it says otherwise ({@code @AnonymousAllowed}), sign-in through
 * {@link LoginView} against the stored users, CSRF protection on, the session's user carried into Vaadin's
 * background access. The REST API has its own chain ({@link ApiSecurityConfiguration}), which comes first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class UiSecurityConfiguration {

    @Bean
    @Order(ApiSecurityConfiguration.ORDER + 1)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
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
