package org.zhaoshang.crm.ui;

import com.mongodb.MongoTimeoutException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.conversion.ui.DashboardView;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationErrorViewTest extends KaribuSpringTest {

    @Test
    void aViewThatCannotReachTheStoreSaysSoInTheUsersLanguage() {
        signIn("manager");
        open(DashboardView.class, Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate(NeedsTheStore.class);

        assertThat(_get(NavigationErrorView.class, spec -> spec.withClasses("store-unavailable"))).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withText("数据存储暂时无法连接"))).isNotNull();
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithoutItsStackTrace() {
        signIn("manager");
        open(DashboardView.class, Locale.ENGLISH);

        UI.getCurrent().navigate(Broken.class);

        assertThat(_get(NavigationErrorView.class, spec -> spec.withClasses("internal-error"))).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withText("Something went wrong"))).isNotNull();
    }

    /** A view with a bug. */
    @Route("broken")
    @AnonymousAllowed
    public static class Broken extends Div {

        public Broken() {
            throw new IllegalStateException("a bug");
        }
    }

    /** A view whose data is read from the store when it opens, with the store gone. */
    @Route("needs-the-store")
    @AnonymousAllowed
    public static class NeedsTheStore extends Div {

        public NeedsTheStore() {
            throw new MongoTimeoutException("Timed out while waiting for a server");
        }
    }
}
