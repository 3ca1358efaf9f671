package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.Escalation;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProblemsViewTest extends SupervisionViewTest {

    private ProblemsView openWith(Map<String, String> address) {
        open(ProblemsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate(ProblemsView.class, QueryParameters.simple(address));
        return _get(ProblemsView.class);
    }

    private static ProblemItem item(ProblemsView view, String problemId) {
        return view.shown.stream().filter(item -> item.problem.problemId().equals(problemId)).findFirst()
                         .orElseThrow();
    }

    private static void answer(String text) {
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("problem-dialog"));
        _get(dialog, TextArea.class).setValue(text);
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
    }

    @Test
    void theDepartmentResolvesInPlaceAndAManagerClosesOrReopens() {
        SupervisionScene scene = scene();
        String department = scene.department("生态环境局", "Ecology Bureau");
        String clerk = scene.departmentUser(department);
        String lead = scene.lead("staff", "Problems " + scene.suffix);
        scene.designate(lead, "leader", department);
        String late = scene.overdueProblem(lead, department, "环评未批复 " + scene.suffix, 3);
        String other = scene.problem(lead, department, "管线迁改 " + scene.suffix);
        // a card by the rules in force (other tests may have shortened them): yellow by default, red from 1 day
        Escalation card = scene.problemRow(late).escalation();
        assertThat(card).isIn(Escalation.YELLOW, Escalation.RED);
        signIn(clerk, SupervisionScene.PASSWORD);

        ProblemsView view = openWith(Map.of("department", department, "level", card.name()));
        assertThat(view.department.getValue().code()).isEqualTo(department);
        assertThat(view.level.getValue()).isEqualTo(card);
        assertThat(view.shown).extracting(item -> item.problem.problemId()).contains(late).doesNotContain(other);
        ProblemItem item = item(view, late);
        assertThat(item.getElement().getTextRecursively())
                .contains(card == Escalation.RED ? "Red card" : "Yellow card", "3 days overdue", "Assigned");
        assertThat(item.actions.getChildren().map(button -> ((Button) button).getText()))
                .contains("Note progress", "Resolve").doesNotContain("Close", "Reopen", "Instruction");

        _click(item.button("supervision.problem.resolve"));
        answer("已取得环评批复 " + scene.suffix);
        await().atMost(Duration.ofSeconds(10))
               .until(() -> scene.problemRow(late).status() == ProblemStatus.RESOLVED);

        signIn("manager");
        view = openWith(Map.of("status", "RESOLVED"));
        item = item(view, late);
        assertThat(item.actions.getChildren().map(button -> ((Button) button).getText()))
                .contains("Close", "Reopen").doesNotContain("Resolve");
        _click(item.button("supervision.problem.close"));
        answer("");
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.problemRow(late).status() == ProblemStatus.CLOSED);
        assertThat(scene.problemRow(late).history()).extracting(entry -> entry.kind().name())
                                                    .contains("RAISED", "RESOLVED", "CLOSED");
    }

    @Test
    void aReopeningWithoutAReasonIsSaidSoAtItsField() {
        SupervisionScene scene = scene();
        String department = scene.department("交通局", "Transport Bureau");
        String lead = scene.lead("staff", "Reopen " + scene.suffix);
        String problem = scene.problem(lead, department, "道路未通 " + scene.suffix);
        scene.as("manager", org.zhaoshang.crm.security.api.Role.MANAGER,
                 new org.zhaoshang.crm.problem.api.command.ResolveProblemCommand(problem, "已通车", null));
        await().atMost(Duration.ofSeconds(10))
               .until(() -> scene.problemRow(problem).status() == ProblemStatus.RESOLVED);
        signIn("manager");

        ProblemsView view = openWith(Map.of("status", "RESOLVED", "department", department));
        _click(item(view, problem).button("supervision.problem.reopen"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("problem-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));

        assertThat(_get(dialog, TextArea.class).isInvalid()).isTrue();
        assertThat(scene.problemRow(problem).status()).isEqualTo(ProblemStatus.RESOLVED);
    }
}
