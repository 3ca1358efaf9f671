package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.ambassador.ui.AmbassadorsView;
import org.zhaoshang.crm.conversion.ui.ConversionView;
import org.zhaoshang.crm.conversion.ui.DashboardView;
import org.zhaoshang.crm.importing.ui.ImportView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.lead.ui.MyWorkView;
import org.zhaoshang.crm.lead.ui.PipelineView;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.security.users.SignedInUser;

/** The frame of every view: title, navigation, the signed-in user with sign-out, and the language switch. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span signedIn = new Span(getTranslation("app.signedInAs", user.displayName()));
            signedIn.addClassName("signed-in-user");
            Button signOut = new Button(getTranslation("app.logout"), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(signedIn, signOut);
        });
        header.add(new LanguageSwitch());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.setPadding(true);
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (authentication.hasRole("MANAGER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.conversion"), ConversionView.class));
        }
        if (authentication.hasAnyRole("STAFF", "MANAGER", "AMBASSADOR")) {
            nav.addItem(new SideNavItem(getTranslation("nav.leads"), LeadsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.pipeline"), PipelineView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.work"), MyWorkView.class));
        }
        if (authentication.hasAnyRole("STAFF", "MANAGER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), ImportView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.ambassadors"), AmbassadorsView.class));
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), AdminView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), AccountView.class));
        addToDrawer(nav);
    }

    /** The page's language follows the UI's, so that browsers pick Chinese fonts and screen readers the voice. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0",
                                                attachEvent.getUI().getLocale().toLanguageTag());
    }
}
