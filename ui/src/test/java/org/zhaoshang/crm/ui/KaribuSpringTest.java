package org.zhaoshang.crm.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.security.users.UserAuthentication;

import java.util.Locale;

/** A Vaadin UI in the test's JVM against the real application context (embedded store in target/). */
@SpringBootTest(properties = {"zhaoshang.data-dir=target/test-data/${random.uuid}", "zhaoshang.demo-leads=20"})
public abstract class KaribuSpringTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserAuthentication users;
    private Locale language = Locale.ENGLISH;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.zhaoshang.crm");
        // Karibu discovers routes only; Vaadin registers the @Layout it finds among the classes handed to it.
        routes.getRoutes().add(MainLayout.class);
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = () -> {
            UI ui = new UI();
            ui.setLocale(language);
            return ui;
        };
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    /** Opens the UI anew in {@code locale}, as a browser in that language would, at {@code view}. */
    protected <T extends Component> T open(Class<T> view, Locale locale) {
        language = locale;
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /**
     * Signs a demo user in (password {@code demo}) as the sign-in form would, and hands the user to the faked
     * request, where Vaadin's view access control looks for it (no servlet filter runs here).
     */
    protected void signIn(String username) {
        signIn(username, "demo");
    }

    /** The same for a user a test added, with their password. */
    protected void signIn(String username, String password) {
        Authentication user = users.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                                                                                                    password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(user);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                                                       .anyMatch(held -> held.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
