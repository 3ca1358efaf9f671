package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KeyProjectsViewTest extends SupervisionViewTest {

    private static List<KeyProjectRow> rows(KeyProjectsView view) {
        return IntStream.range(0, _size(view.grid)).mapToObj(index -> _get(view.grid, index))
                                         .toList();
    }

    @Test
    void theFiltersComeFromTheAddressAndGoBackToIt() {
        SupervisionScene scene = scene();
        String department = scene.department("住建局", "Housing Bureau");
        String red = scene.lead("staff", "List Red " + scene.suffix);
        String green = scene.lead("staff", "List Green " + scene.suffix);
        scene.designate(red, "leader-sun.hai", department);
        scene.designate(green, "leader-sun.hai", department);
        scene.overdueProblem(red, department, "规划许可未批 " + scene.suffix, 30);
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.row(red).light() == Light.RED);
        signIn("staff");

        open(KeyProjectsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate(KeyProjectsView.class, QueryParameters.simple(Map.of(
                "leader", "leader-sun.hai", "light", "RED")));
        KeyProjectsView view = _get(KeyProjectsView.class);

        assertThat(view.leader.getValue().username()).isEqualTo("leader-sun.hai");
        assertThat(view.light.getValue()).isEqualTo(Light.RED);
        assertThat(rows(view)).extracting(KeyProjectRow::leadId).contains(red).doesNotContain(green)
                              .allSatisfy(lead -> assertThat(lead).isNotNull());
        assertThat(rows(view)).allSatisfy(row -> assertThat(row.light()).isEqualTo(Light.RED));

        view.light.setValue(Light.GREEN);
        assertThat(rows(view)).extracting(KeyProjectRow::leadId).contains(green).doesNotContain(red);
        assertThat(view.address().getQueryString()).isEqualTo("leader=leader-sun.hai&light=GREEN");
    }

    @Test
    void aLeaderSeesOnlyTheirOwnWhateverTheAddressSaysAndNoOtherProjectsPage() {
        SupervisionScene scene = scene();
        String department = scene.department("自然资源局", "Natural Resources Bureau");
        String mine = scene.lead("staff", "Mine " + scene.suffix);
        String theirs = scene.lead("staff", "Theirs " + scene.suffix);
        scene.designate(mine, "leader", department);
        scene.designate(theirs, "leader-sun.hai", department);
        signIn("leader");

        open(KeyProjectsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate(KeyProjectsView.class, QueryParameters.simple(Map.of("leader", "leader-sun.hai")));
        KeyProjectsView view = _get(KeyProjectsView.class);

        assertThat(view.leader.isVisible()).isFalse();
        assertThat(rows(view)).extracting(KeyProjectRow::leadId).contains(mine).doesNotContain(theirs);
        assertThat(rows(view)).allSatisfy(row -> assertThat(row.leader()).isEqualTo("leader"));

        UI.getCurrent().navigate(KeyProjectView.class, new RouteParameters(Map.of(
                "year", String.valueOf(SupervisionScene.YEAR), "leadId", theirs)));
        KeyProjectView page = _get(KeyProjectView.class);
        assertThat(page.panel.isVisible()).isFalse();
        assertThat(page.getElement().getTextRecursively()).contains("No such key project")
                                                          .doesNotContain("Theirs " + scene.suffix);

        UI.getCurrent().navigate(KeyProjectView.class, new RouteParameters(Map.of(
                "year", String.valueOf(SupervisionScene.YEAR), "leadId", mine)));
        page = _get(KeyProjectView.class);
        assertThat(page.panel.dossier.row().leadId()).isEqualTo(mine);
        assertThat(page.panel.designate).as("a leader designates nothing").isNull();
        assertThat(page.panel.instruct).as("but instructs").isNotNull();
        assertThat(page.toLead.isVisible()).as("a leader never opens the lead").isFalse();
    }

    @Test
    void ambassadorsAndAdministratorsNeverReachKeyProjects() {
        for (String user : new String[]{"ambassador", "admin"}) {
            signIn(user);
            UI.getCurrent().navigate(KeyProjectsView.class);
            assertThat(_find(KeyProjectsView.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
            UI.getCurrent().navigate(ProblemsView.class);
            assertThat(_find(ProblemsView.class)).as(user).isEmpty();
            UI.getCurrent().navigate(KeyProjectView.class, new RouteParameters(Map.of(
                    "year", String.valueOf(SupervisionScene.YEAR), "leadId", "any")));
            assertThat(_find(KeyProjectView.class)).as(user).isEmpty();
        }
    }
}
