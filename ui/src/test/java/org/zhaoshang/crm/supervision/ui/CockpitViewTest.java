package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CockpitViewTest extends SupervisionViewTest {

    @Test
    void aLeaderSeesTheirProjectsWithTheLightInWordsAndWritesAnInstructionInTwoTaps() {
        SupervisionScene scene = scene();
        String department = scene.department("发改局", "Development and Reform Bureau");
        String red = scene.lead("staff", "Cockpit Red " + scene.suffix);
        String quiet = scene.lead("staff", "Cockpit Quiet " + scene.suffix);
        String others = scene.lead("staff", "Cockpit Other " + scene.suffix);
        scene.designate(quiet, "leader", department);
        scene.designate(red, "leader", department);
        scene.designate(others, "leader-sun.hai", department);
        String problem = scene.overdueProblem(red, department, "土地指标未落实 " + scene.suffix, 20);
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.row(red).light() == Light.RED);
        signIn("leader");

        CockpitView cockpit = open(CockpitView.class, Locale.SIMPLIFIED_CHINESE);

        KeyProjectCard card = cockpit.card(red).orElseThrow();
        assertThat(cockpit.card(others)).as("another leader's project").isEmpty();
        assertThat(cockpit.shown.indexOf(card)).as("red before green")
                .isLessThan(cockpit.shown.indexOf(cockpit.card(quiet).orElseThrow()));
        assertThat(card.getElement().getTextRecursively())
                .contains("红灯", "Cockpit Red " + scene.suffix, "线索", "发改局" + scene.suffix,
                          "未解决 1 个，逾期 1 个，红牌 1 个", "逾期 20 天，已亮红牌");
        assertThat(cockpit.problemsShown).extracting(item -> item.problem.problemId()).contains(problem);
        assertThat(cockpit.leader.isVisible()).as("a leader sees no chooser").isFalse();
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).as("no leaders × lights for a leader").isEmpty();

        _click(card.instruct);
        InstructionDialog dialog = _get(InstructionDialog.class);
        dialog.text.setValue("请发改局本周内协调土地指标 " + scene.suffix);
        _click(dialog.send);

        KeyProjectDossier dossier = queries.query(new FindKeyProjectQuery(SupervisionScene.YEAR, red, null, null),
                                                  ResponseTypes.instanceOf(KeyProjectDossier.class)).join();
        assertThat(dossier.instructions()).anySatisfy(instruction -> {
            assertThat(instruction.text()).isEqualTo("请发改局本周内协调土地指标 " + scene.suffix);
            assertThat(instruction.leader()).isEqualTo("leader");
        });
        assertThat(_find(InstructionDialog.class)).isEmpty();
    }

    @Test
    void anEmptyInstructionIsSaidSoAtItsFieldAndNothingIsSent() {
        SupervisionScene scene = scene();
        String department = scene.department("商务局", "Commerce Bureau");
        String lead = scene.lead("staff", "Cockpit Empty " + scene.suffix);
        scene.designate(lead, "leader", department);
        signIn("leader");
        CockpitView cockpit = open(CockpitView.class, Locale.ENGLISH);

        _click(cockpit.card(lead).orElseThrow().instruct);
        InstructionDialog dialog = _get(InstructionDialog.class);
        _click(dialog.send);

        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aManagerPicksALeaderAndSeesEveryLeaderCountedByLightEachFigureALink() {
        SupervisionScene scene = scene();
        String department = scene.department("财政局", "Finance Bureau");
        String lead = scene.lead("staff", "Cockpit Manager " + scene.suffix);
        scene.designate(lead, "leader-sun.hai", department);
        signIn("manager");

        CockpitView cockpit = open(CockpitView.class, Locale.ENGLISH);
        assertThat(cockpit.leader.isVisible()).isTrue();
        assertThat(cockpit.shown).as("no leader picked yet").isEmpty();
        List<LeaderLights> rows = cockpit.leaders.getGenericDataView().getItems().toList();
        int sun = rows.indexOf(rows.stream().filter(row -> row.leader().equals("leader-sun.hai")).findFirst()
                                   .orElseThrow());
        assertThat(rows.get(sun).green()).isPositive();
        assertThat(((Anchor) GridKt._getCellComponent(cockpit.leaders, sun, "GREEN")).getHref())
                .isEqualTo("key-projects?leader=leader-sun.hai&light=GREEN");
        assertThat(((Anchor) GridKt._getCellComponent(cockpit.leaders, sun, "RED")).getHref())
                .isEqualTo("key-projects?leader=leader-sun.hai&light=RED");

        UI.getCurrent().navigate(CockpitView.class, QueryParameters.simple(Map.of("leader", "leader-sun.hai")));
        cockpit = _get(CockpitView.class);
        assertThat(cockpit.leader.getValue().username()).isEqualTo("leader-sun.hai");
        KeyProjectCard card = cockpit.card(lead).orElseThrow();
        assertThat(card.instruct).as("only the project's leader writes instructions").isNull();
        assertThat(card.getElement().getTextRecursively()).contains("孙海", "Green");
    }

    @Test
    void staffAndAmbassadorsNeverReachTheCockpit() {
        for (String user : new String[]{"staff", "ambassador", "admin"}) {
            signIn(user);
            UI.getCurrent().navigate(CockpitView.class);
            assertThat(_find(CockpitView.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
        }
    }

    @Test
    void aLeaderStartsInTheCockpitAndReachesNoLeadOrReport() {
        signIn("leader");
        UI.getCurrent().navigate("");
        assertThat(_find(CockpitView.class)).hasSize(1);
        for (String path : new String[]{"leads", "pipeline", "dashboard", "my-work", "performance", "admin"}) {
            UI.getCurrent().navigate(path);
            assertThat(_find(AccessDeniedView.class)).as(path).hasSize(1);
        }
        assertThat(_find(Button.class)).noneMatch(button -> "New lead".equals(button.getText()));
        assertThat(_find(Dialog.class)).isEmpty();
    }
}
