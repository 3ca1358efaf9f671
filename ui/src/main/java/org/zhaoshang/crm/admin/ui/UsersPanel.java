package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.security.users.UserAdministration;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The users: add one, disable or re-enable, change roles, reset a password. Every change checks the version shown. */
class UsersPanel extends VerticalLayout {

    final Grid<UserAccount> grid = new Grid<>();
    final Button add = new Button();
    private final UserAdministration users;
    private final Caller caller;
    private final QueryGateway queries;
    private final Consumer<UserAccount> notificationSettings;
    private Map<String, String> ambassadorNames = Map.of();
    private Map<String, Department> departments = Map.of();

    UsersPanel(UserAdministration users, Caller caller, QueryGateway queries,
               Consumer<UserAccount> notificationSettings) {
        grid.setEmptyStateText(getTranslation("empty.users"));
        this.users = users;
        this.caller = caller;
        this.queries = queries;
        this.notificationSettings = notificationSettings;
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.user.displayName"));
        grid.addColumn(this::roles).setHeader(getTranslation("admin.user.roles"));
        grid.addColumn(account -> account.ambassadorId() == null ? ""
                                  : ambassadorNames.getOrDefault(account.ambassadorId(), account.ambassadorId()))
            .setHeader(getTranslation("admin.user.ambassador")).setAutoWidth(true);
        grid.addColumn(account -> departmentName(account.department()))
            .setHeader(getTranslation("admin.user.department")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.user.actions")).setAutoWidth(true)
            .setKey("actions");
        grid.setSizeFull();
        add.setText(getTranslation("admin.user.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addDialog().open());
        setSizeFull();
        add(add, grid);
        refresh();
    }

    void refresh() {
        ambassadorNames = AmbassadorPicker.names(queries);
        List<Department> all = queries.query(new FindDepartmentsQuery(true),
                                             ResponseTypes.multipleInstancesOf(Department.class)).join();
        departments = all == null ? Map.of()
                      : all.stream().collect(Collectors.toMap(Department::code, department -> department));
        grid.setItems(users.list(caller));
    }

    private String roles(UserAccount account) {
        return account.roles().stream().map(role -> getTranslation("role." + role.name())).sorted()
                      .collect(Collectors.joining(getTranslation("list.separator")));
    }

    HorizontalLayout actions(UserAccount account) {
        Button enable = new Button(getTranslation(account.enabled() ? "admin.user.disable" : "admin.user.enable"),
                                   click -> change(() -> users.setEnabled(caller, account.username(),
                                                                          !account.enabled(), account.version())));
        Button roles = new Button(getTranslation("admin.user.changeRoles"), click -> rolesDialog(account).open());
        Button password = new Button(getTranslation("admin.user.resetPassword"),
                                     click -> passwordDialog(account).open());
        if (account.username().equals(caller.id())) {
            // nobody changes their own roles or disables themselves (the backend refuses it too)
            for (Button own : List.of(enable, roles)) {
                own.setEnabled(false);
                own.setTooltipText(getTranslation("admin.user.notOnYourself"));
            }
        }
        Button notifications = new Button(getTranslation("admin.user.notifications"),
                                          click -> notificationSettings.accept(account));
        HorizontalLayout actions = new HorizontalLayout(enable, roles, password, notifications);
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        if (!account.enabled()) {
            Span disabled = new Span(getTranslation("admin.user.disabled"));
            disabled.addClassNames("status-badge", "status-lost");
            actions.addComponentAsFirst(disabled);
        }
        return actions;
    }

    private Dialog addDialog() {
        TextField username = new TextField(getTranslation("admin.user.username"));
        TextField displayName = new TextField(getTranslation("admin.user.displayName"));
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        CheckboxGroup<Role> roles = roleChoice();
        AmbassadorPicker ambassador = ambassadorChoice();
        ComboBox<Department> department = departmentChoice(null);
        FieldErrors errors = new FieldErrors().field("username", username).field("displayName", displayName)
                                              .field("password", password).field("roles", roles)
                                              .field("ambassadorId", ambassador).field("department", department);
        return dialog("admin.user.add", new FormLayout(username, displayName, password, roles, ambassador,
                                                       department), errors,
                      () -> users.create(caller, new NewUser(username.getValue(), displayName.getValue(),
                                                             password.getValue(), roles.getValue(),
                                                             ambassador.ambassadorId(), code(department))));
    }

    private Dialog rolesDialog(UserAccount account) {
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(account.roles());
        AmbassadorPicker ambassador = ambassadorChoice();
        ambassador.selectAmbassador(account.ambassadorId());
        ComboBox<Department> department = departmentChoice(account.department());
        FieldErrors errors = new FieldErrors().field("roles", roles).field("ambassadorId", ambassador)
                                              .field("department", department);
        return dialog("admin.user.changeRoles", new FormLayout(roles, ambassador, department), errors, () -> {
            UserAccount changed = users.changeRoles(caller, account.username(), roles.getValue(),
                                                    ambassador.ambassadorId(), account.version());
            return users.changeDepartment(caller, account.username(), code(department), changed.version());
        });
    }

    private Dialog passwordDialog(UserAccount account) {
        PasswordField password = new PasswordField(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("account.newPassword.help"));
        FieldErrors errors = new FieldErrors().field("password", password);
        return dialog("admin.user.resetPassword", new FormLayout(password), errors,
                      () -> users.resetPassword(caller, account.username(), password.getValue(), account.version()));
    }

    private AmbassadorPicker ambassadorChoice() {
        AmbassadorPicker ambassador = new AmbassadorPicker(queries);
        ambassador.setLabel(getTranslation("admin.user.ambassador"));
        ambassador.setHelperText(getTranslation("admin.user.ambassador.help"));
        return ambassador;
    }

    /** The department the user works for (责任单位): they act for it on its problems. */
    private ComboBox<Department> departmentChoice(String current) {
        ComboBox<Department> department = new ComboBox<>(getTranslation("admin.user.department"));
        department.setItems(departments.values().stream()
                                       .filter(shown -> !shown.retired() || shown.code().equals(current))
                                       .sorted(Comparator.comparing(Department::code)).toList());
        department.setItemLabelGenerator(shown -> departmentName(shown.code()));
        department.setHelperText(getTranslation("admin.user.department.help"));
        department.setClearButtonVisible(true);
        if (current != null) {
            department.setValue(departments.get(current));
        }
        return department;
    }

    private static String code(ComboBox<Department> department) {
        return department.getValue() == null ? null : department.getValue().code();
    }

    private String departmentName(String code) {
        if (code == null) {
            return "";
        }
        Department department = departments.get(code);
        return department == null ? code
               : getLocale().getLanguage().equals("zh") ? department.nameZh() : department.nameEn();
    }

    private CheckboxGroup<Role> roleChoice() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        return roles;
    }

    private Dialog dialog(String titleKey, FormLayout fields, FieldErrors errors, Supplier<UserAccount> change) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.add(fields);
        Button ok = new Button(getTranslation("lead.dialog.confirm"), click -> {
            if (change(change, errors)) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> dialog.close()), ok);
        return dialog;
    }

    private void change(Supplier<UserAccount> change) {
        change(change, new FieldErrors());
    }

    /** Makes the change; violations at their fields (the rest in a notification), a conflict as a reload. */
    private boolean change(Supplier<UserAccount> change, FieldErrors errors) {
        try {
            change.get();
            refresh();
            return true;
        } catch (InvalidInputException invalid) {
            String elsewhere = errors.show(invalid.violations()).stream()
                                     .map(violation -> FieldErrors.message(violation, getLocale()))
                                     .collect(Collectors.joining("; "));
            if (!elsewhere.isEmpty()) {
                Notification.show(elsewhere).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (ConflictingModificationException conflict) {
            Notification.show(getTranslation("lead.form.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
        return false;
    }
}
