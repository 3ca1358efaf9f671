package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.zhaoshang.crm.shared.api.DisplayNamed;

/**
 * The frame of every view: title, navigation, the signed-in user with sign-out, and the language switch. The
 * navigation lists the views marked {@code @Menu} that the user may open (Vaadin filters them by their access
 * annotations), in their order; a view's {@code @Menu} title is its translation key. Features add to the header
 * through {@link HeaderPart} beans (the inbox's bell).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderPart> parts) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        authentication.getAuthenticatedUser(DisplayNamed.class).ifPresent(user -> {
            // on a phone the name alone (CSS picks which of the two shows)
            Span full = new Span(getTranslation("app.signedInAs", user.displayName()));
            full.addClassName("signed-in-full");
            Span name = new Span(user.displayName());
            name.addClassName("signed-in-name");
            Span signedIn = new Span(full, name);
            signedIn.addClassName("signed-in-user");
            signedIn.setTitle(user.displayName());
            Button signOut = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(),
                                        click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.addClassName("sign-out");
            signOut.setAriaLabel(getTranslation("app.logout"));
            parts.orderedStream().forEach(part -> header.add(part.create()));
            header.add(signedIn, signOut);
        });
        header.add(new LanguageSwitch());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.setPadding(true);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries()
                         .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
        keepLeafExpansionInBrowser(nav);
    }

    /**
     * The items have no sub-items, so whether one is "expanded" means nothing; yet the web component flips the
     * current item's {@code expanded} on and off at every navigation, and the server's synchronised property would
     * cost every view one more round trip before it is idle. The browser keeps those flips to itself.
     */
    private static void keepLeafExpansionInBrowser(SideNav nav) {
        nav.getElement().executeJs("""
                this.querySelectorAll('vaadin-side-nav-item').forEach(item => item.addEventListener(
                    'expanded-changed', event => event.stopImmediatePropagation(), {capture: true}));""");
    }

    /** The page's language follows the UI's, so that browsers pick Chinese fonts and screen readers the voice. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0",
                                                attachEvent.getUI().getLocale().toLanguageTag());
    }
}
