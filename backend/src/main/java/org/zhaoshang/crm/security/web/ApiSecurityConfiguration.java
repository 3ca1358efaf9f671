package org.zhaoshang.crm.security.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API and the actuator: HTTP Basic against the stored users on every request, no session (so no cookie to
 * forge requests with, and CSRF protection has nothing to protect). Who may do what is decided by the command and
 * query handlers; here only the door: health and the first-administrator setup are open, the rest needs a user, and
 * a user who is only LEADER, or only an ambassador, passes only where {@link LeaderDoor} lets them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiSecurityConfiguration {

    /** Before the UI's chain, which takes every other path. */
    public static final int ORDER = 1;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        SecurityHeaders.apply(http);
        return http.securityMatcher("/api/**", "/actuator/**")
                   .authorizeHttpRequests(requests -> requests
                           .requestMatchers("/api/setup", "/actuator/health", "/actuator/health/**").permitAll()
                           .requestMatchers("/actuator/**").hasRole("ADMIN")
                           .requestMatchers("/api/leads/export").hasRole("MANAGER")
                           .requestMatchers(HttpMethod.GET, LeaderDoor.SUPERVISION_READS)
                           .access(LeaderDoor.bureauOrLeader())
                           .requestMatchers(LeaderDoor.SUPERVISION).access(LeaderDoor.bureauOrLeader())
                           .requestMatchers(LeaderDoor.REPORTS).access(LeaderDoor.reportReaders())
                           .requestMatchers(LeaderDoor.SPACE).access(LeaderDoor.reportReaders())
                           .requestMatchers(LeaderDoor.OWN_ACCOUNT).authenticated()
                           .requestMatchers(LeaderDoor.OWN_INBOX).authenticated()
                           .anyRequest().access(LeaderDoor.beyondLeader()))
                   .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                   .exceptionHandling(errors -> errors.authenticationEntryPoint(problems)
                                                      .accessDeniedHandler(problems))
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                   .csrf(AbstractHttpConfigurer::disable)
                   .build();
    }

    /**
     * The OpenAPI document and Swagger UI, for any signed-in user as the README says: API callers with HTTP Basic,
     * and a signed-in UI session (read, never created). Read-only, so no CSRF token is needed.
     */
    @Bean
    @Order(ORDER - 1)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        SecurityHeaders.apply(http);
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                   .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                   .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                   .exceptionHandling(errors -> errors.authenticationEntryPoint(problems)
                                                      .accessDeniedHandler(problems))
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                   .csrf(AbstractHttpConfigurer::disable)
                   .build();
    }
}
