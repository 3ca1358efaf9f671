package org.zhaoshang.crm.security.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.ambassador.ui.AmbassadorsView;
import org.zhaoshang.crm.conversion.ui.ConversionView;
import org.zhaoshang.crm.conversion.ui.DashboardView;
import org.zhaoshang.crm.importing.ui.ImportView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.lead.ui.DataToCompleteView;
import org.zhaoshang.crm.lead.ui.MyWorkView;
import org.zhaoshang.crm.lead.ui.PipelineView;
import org.zhaoshang.crm.ui.HomeView;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every view says who may open it, and each role gets exactly the views it may. */
class ViewAccessTest extends KaribuSpringTest {

    private static final List<Class<?>> ACCESS_ANNOTATIONS = List.of(AnonymousAllowed.class, PermitAll.class,
                                                                      RolesAllowed.class, DenyAll.class);
    private static final Map<String, Class<? extends Component>> VIEWS = Map.ofEntries(
            Map.entry("home", HomeView.class), Map.entry("leads", LeadsView.class),
            Map.entry("account", AccountView.class), Map.entry("login", LoginView.class),
            Map.entry("denied", AccessDeniedView.class), Map.entry("pipeline", PipelineView.class),
            Map.entry("work", MyWorkView.class), Map.entry("admin", AdminView.class),
            Map.entry("dashboard", DashboardView.class), Map.entry("conversion", ConversionView.class),
            Map.entry("ambassadors", AmbassadorsView.class), Map.entry("import", ImportView.class),
            Map.entry("dataToComplete", DataToCompleteView.class),
            Map.entry("verification", org.zhaoshang.crm.project.ui.VerificationView.class));

    @Test
    void everyRouteNamesWhoMayOpenIt() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> routes = scanner.findCandidateComponents("org.zhaoshang.crm").stream()
                                       .<Class<?>>map(definition -> load(definition.getBeanClassName())).toList();

        assertThat(routes).contains(HomeView.class, LeadsView.class, AccountView.class, LoginView.class,
                                    SetupView.class);
        assertThat(routes).allSatisfy(route -> assertThat(ACCESS_ANNOTATIONS.stream().filter(
                annotation -> route.isAnnotationPresent(annotation.asSubclass(java.lang.annotation.Annotation.class))))
                .as(route.getName() + " needs exactly one access annotation").hasSize(1));
    }

    /** Columns: the view asked for, then what each role ends on: the view, "login" or "denied". */
    @ParameterizedTest(name = "{0}: anonymous {1}, staff {2}, ambassador {3}, manager {4}, admin {5}")
    @CsvSource({
            "home,    login, leads, leads, dashboard, admin",
            "dashboard, login, denied, denied, dashboard, denied",
            "conversion, login, denied, denied, conversion, denied",
            "admin,   login, denied, denied, denied, admin",
            "leads,   login, leads, leads, leads, denied",
            "pipeline, login, pipeline, pipeline, pipeline, denied",
            "work,    login, work, work, work, denied",
            "account, login, account, account, account, account",
            "ambassadors, login, ambassadors, ambassadors, ambassadors, ambassadors",
            "import,  login, import, denied, import, denied",
            "dataToComplete, login, denied, denied, dataToComplete, denied",
            "verification, login, denied, denied, verification, denied",
            "login,   login, login, login, login, login"})
    void eachRoleOpensOnlyItsViews(String view, String anonymous, String staff, String ambassador, String manager,
                                   String admin) {
        String[] users = {null, "staff", "ambassador", "manager", "admin"};
        String[] expected = {anonymous, staff, ambassador, manager, admin};
        for (int user = 0; user < users.length; user++) {
            if (users[user] != null) {
                signIn(users[user]);
            }
            UI.getCurrent().navigate(VIEWS.get(view));
            assertThat(shown()).as(view + " as " + users[user]).isEqualTo(expected[user]);
        }
    }

    private static String shown() {
        return VIEWS.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals("home") && !LocatorJ._find(entry.getValue()).isEmpty())
                    .map(Map.Entry::getKey).findFirst().orElse("nothing");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
