package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The start page sends each user where their work is: managers to the dashboard, staff and ambassadors to the leads,
 * a district leader to their cockpit, an administrator alone to the administration. By path, not by class: the shell names no view, so that the views may
 * use the shell's parts without a cycle.
 */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole("MANAGER") ? "dashboard"
                        : authentication.hasAnyRole("STAFF", "AMBASSADOR") ? "leads"
                        : authentication.hasRole("LEADER") ? "cockpit"
                        : authentication.hasRole("ADMIN") ? "admin" : "account");
    }
}
