package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.security.users.UserAdministration;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 20's administration: the departments in both languages, the light rules, a user's department and LEADER. */
class SupervisionAdministrationTest extends KaribuSpringTest {

    @Autowired
    private QueryGateway queries;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private UserAdministration users;

    private Department department(String code) {
        return queries.query(new FindDepartmentsQuery(true), ResponseTypes.multipleInstancesOf(Department.class))
                      .join().stream().filter(department -> department.code().equals(code)).findFirst()
                      .orElse(null);
    }

    private static void confirm(Dialog dialog) {
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresADepartmentWithBothNames() {
        String code = "dept-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        view.tabs.setSelectedTab(view.tabs.getTab(view.departments));

        _click(view.departments.add);
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("department-dialog"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Chinese name")), "区发展和改革局");
        confirm(dialog);
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("English name")).isInvalid())
                .as("both names are needed").isTrue();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("English name")),
                  "Development and Reform Bureau");
        confirm(dialog);
        assertThat(dialog.isOpened()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> department(code) != null);

        view.departments.refresh();
        Department shown = view.departments.grid.getGenericDataView().getItems()
                                                .filter(department -> department.code().equals(code)).findFirst()
                                                .orElseThrow();
        _click(_get(view.departments.actions(shown), Button.class, spec -> spec.withText("Rename")));
        dialog = _get(Dialog.class, spec -> spec.withClasses("department-dialog"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("English name")), "Reform Bureau");
        confirm(dialog);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Reform Bureau".equals(department(code).nameEn()));

        _click(_get(view.departments.actions(department(code)), Button.class, spec -> spec.withText("Retire")));
        confirm(_get(Dialog.class, spec -> spec.withClasses("department-dialog")));
        await().atMost(Duration.ofSeconds(10)).until(() -> department(code).retired());
        assertThat(department(code).nameZh()).isEqualTo("区发展和改革局");
    }

    @Test
    void anAdministratorChangesTheLightRulesFromADayAndAnUnorderedRuleIsSaidAtItsField() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        view.tabs.setSelectedTab(view.tabs.getTab(view.lightRules));
        LightRulesPanel rules = view.lightRules;
        assertThat(rules.numbers.get("redCardDays").getHelperText())
                .contains("red card");

        rules.numbers.get("yellowCardDays").setValue(5);
        rules.numbers.get("redCardDays").setValue(2);
        _click(rules.save);
        assertThat(rules.numbers.get("redCardDays").isInvalid()).isTrue();

        rules.numbers.get("yellowCardDays").setValue(1);
        rules.numbers.get("redCardDays").setValue(1);
        _click(rules.save);
        LightRulesHistory history = await().atMost(Duration.ofSeconds(10)).until(
                () -> queries.query(new FindLightRulesQuery(), ResponseTypes.instanceOf(LightRulesHistory.class))
                             .join(),
                found -> found.current().redCardDays() == 1);
        assertThat(history.changes()).last().satisfies(change -> assertThat(change.by()).isEqualTo("admin"));
        putTheDefaultsBack();
    }

    @Test
    void aManagerChangesTheLightRulesInTheirOwnViewAndStaffNeverReachIt() {
        signIn("staff");
        UI.getCurrent().navigate(LightRulesView.class);
        assertThat(_find(LightRulesView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        signIn("manager");
        LightRulesPanel rules = open(LightRulesView.class, Locale.SIMPLIFIED_CHINESE).rules;
        rules.numbers.get("yellowNoProgressDays").setValue(45);
        _click(rules.save);
        LightRulesHistory history = await().atMost(Duration.ofSeconds(10)).until(
                () -> queries.query(new FindLightRulesQuery(), ResponseTypes.instanceOf(LightRulesHistory.class))
                             .join(),
                found -> found.current().yellowNoProgressDays() == 45);
        assertThat(history.changes()).last().satisfies(change -> assertThat(change.by()).isEqualTo("manager"));
        putTheDefaultsBack();
    }

    /** The other tests of this context judge by the default rules again. */
    private void putTheDefaultsBack() {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChangeLightRulesCommand(
                LightRules.DEFAULTS, null, null)).andMetaData(Caller.user("admin", Set.of(Role.ADMIN), null)
                                                                   .toMetaData()));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindLightRulesQuery(), ResponseTypes.instanceOf(LightRulesHistory.class)).join().current()
                .equals(LightRules.DEFAULTS));
    }

    @Test
    void anAdministratorGivesAUserTheLeaderRoleAndADepartment() {
        String code = "dept-" + UUID.randomUUID().toString().substring(0, 6);
        String username = "u-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(Caller.SYSTEM, new NewUser(username, "钱进", "Quan-cheng-88", Set.of(Role.STAFF), null));
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        view.tabs.setSelectedTab(view.tabs.getTab(view.departments));
        _click(view.departments.add);
        Dialog added = _get(Dialog.class, spec -> spec.withClasses("department-dialog"));
        _setValue(_get(added, TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(added, TextField.class, spec -> spec.withLabel("Chinese name")), "区财政局");
        _setValue(_get(added, TextField.class, spec -> spec.withLabel("English name")), "Finance Bureau");
        confirm(added);
        await().atMost(Duration.ofSeconds(10)).until(() -> department(code) != null);
        view = open(AdminView.class, Locale.ENGLISH);

        UserAccount account = users.get(Caller.SYSTEM, username);
        _click(_get(view.users.actions(account), Button.class, spec -> spec.withText("Change roles")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        assertThat(roles.getListDataView().getItems().toList()).contains(Role.LEADER);
        _setValue(roles, Set.of(Role.STAFF, Role.LEADER));
        @SuppressWarnings("unchecked")
        ComboBox<Department> department = _get(dialog, ComboBox.class, spec -> spec.withLabel("Department"));
        department.setValue(department.getListDataView().getItems().filter(shown -> shown.code().equals(code))
                                      .findFirst().orElseThrow());
        confirm(dialog);

        UserAccount changed = users.get(Caller.SYSTEM, username);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.LEADER);
        assertThat(changed.department()).isEqualTo(code);
        List<String> shown = GridKt._getFormattedRow(view.users.grid, rowOf(view, username));
        assertThat(shown).contains("Finance Bureau");
    }

    private static int rowOf(AdminView view, String username) {
        List<UserAccount> rows = view.users.grid.getGenericDataView().getItems().toList();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " not listed");
    }
}
