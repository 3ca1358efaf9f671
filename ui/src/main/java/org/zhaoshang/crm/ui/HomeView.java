package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.security.ui.AccountView;

/** The start page sends each user where their work is: the leads, or (an administrator alone) their account. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean worksOnLeads = authentication.hasAnyRole("STAFF", "MANAGER", "AMBASSADOR");
        event.forwardTo(worksOnLeads ? LeadsView.class : AccountView.class);
    }
}
