package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Duration;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SupervisionTabTest extends SupervisionViewTest {

    private SupervisionPanel openTab(String leadId, Locale locale) {
        open(AccountView.class, locale);
        UI.getCurrent().navigate("leads/" + leadId, QueryParameters.of("tab", SupervisionPanel.KEY));
        return _get(SupervisionPanel.class);
    }

    @Test
    void aManagerDesignatesTheLeadWithALeaderAndADepartmentByTheirNames() {
        SupervisionScene scene = scene();
        String department = scene.department("工信局", "Industry Bureau");
        String lead = scene.lead("staff", "Tab Designate " + scene.suffix);
        signIn("manager");

        SupervisionPanel panel = openTab(lead, Locale.SIMPLIFIED_CHINESE);
        assertThat(panel.getElement().getTextRecursively()).contains(SupervisionScene.YEAR + " 年不是重点项目");
        _click(panel.designate);
        DesignationDialog dialog = _get(DesignationDialog.class);
        assertThat(dialog.leader.getListDataView().getItems().map(person -> person.displayName()))
                .contains("赵立新（副区长）", "孙海（副区长）");
        dialog.leader.setValue(Leaders.find(dialog.leader, "leader").orElseThrow());
        dialog.department.setValue(dialog.department.getListDataView().getItems()
                                                    .filter(shown -> shown.code().equals(department)).findFirst()
                                                    .orElseThrow());
        _click(dialog.save);
        assertThat(dialog.goal.isInvalid()).as("a goal is needed").isTrue();
        dialog.goal.setValue("年内签约并注册");
        _click(dialog.save);

        KeyProjectRow row = await().atMost(Duration.ofSeconds(10)).until(() -> scene.row(lead), found -> found != null);
        assertThat(row.leader()).isEqualTo("leader");
        assertThat(row.department()).isEqualTo(department);
        assertThat(row.goal()).isEqualTo("年内签约并注册");
    }

    @Test
    void staffRaiseAProblemOnTheirLeadAndNoteItsProgress() {
        SupervisionScene scene = scene();
        String department = scene.department("市场监管局", "Market Regulation Bureau");
        String lead = scene.lead("staff", "Tab Raise " + scene.suffix);
        scene.designate(lead, "leader", department);
        signIn("staff");

        SupervisionPanel panel = openTab(lead, Locale.ENGLISH);
        assertThat(panel.designate).as("staff designate nothing").isNull();
        _click(panel.raise);
        RaiseProblemDialog dialog = _get(RaiseProblemDialog.class);
        dialog.description.setValue("Business licence held up " + scene.suffix);
        dialog.department.setValue(dialog.department.getListDataView().getItems()
                                                    .filter(shown -> shown.code().equals(department)).findFirst()
                                                    .orElseThrow());
        dialog.dueOn.setValue(SupervisionScene.TODAY.minusDays(1));
        _click(dialog.raise);
        assertThat(dialog.dueOn.isInvalid()).as("a due day in the past").isTrue();
        dialog.dueOn.setValue(SupervisionScene.TODAY.plusDays(10));
        _click(dialog.raise);

        ProblemRow raised = await().atMost(Duration.ofSeconds(10)).until(
                () -> scene.problemRow(panel.problems.isEmpty() ? "" : panel.problems.get(0).problem.problemId()),
                row -> row != null);
        assertThat(raised.description()).isEqualTo("Business licence held up " + scene.suffix);
        assertThat(raised.status()).isEqualTo(ProblemStatus.ASSIGNED);
        assertThat(raised.raisedBy()).isEqualTo("staff");
    }

    @Test
    void anAmbassadorNeverSeesTheTab() {
        SupervisionScene scene = scene();
        String lead = scene.introducedLead("manager", "demo-amb-london", "Tab Ambassador " + scene.suffix);
        signIn("ambassador");
        open(AccountView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("leads/" + lead, QueryParameters.of("tab", SupervisionPanel.KEY));
        LeadView view = _get(LeadView.class);
        assertThat(view.getElement().getTextRecursively()).as("not even a hidden tab")
                                                          .doesNotContain("Key project · supervision");
        assertThat(_find(SupervisionPanel.class)).as("never built for an ambassador").isEmpty();
    }
}
