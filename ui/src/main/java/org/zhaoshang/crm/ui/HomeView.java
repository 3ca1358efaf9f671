package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.conversion.ui.DashboardView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.security.ui.AccountView;

/**
 * The start page sends each user where their work is: managers to the dashboard, staff and ambassadors to the leads,
 * an administrator alone to the administration.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole("MANAGER") ? DashboardView.class
                        : authentication.hasAnyRole("STAFF", "AMBASSADOR") ? LeadsView.class
                        : authentication.hasRole("ADMIN") ? AdminView.class : AccountView.class);
    }
}
