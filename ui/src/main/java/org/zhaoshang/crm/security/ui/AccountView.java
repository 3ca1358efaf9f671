package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.security.users.SecurityContextCaller;
import org.zhaoshang.crm.security.users.UserAdministration;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.util.stream.Collectors;

/** The signed-in user's account: who they are, their roles, and changing their own password. */
@Route("account")
@Menu(title = "nav.account", order = 9)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button change = new Button();

    public AccountView(UserAdministration users, SecurityContextCaller current) {
        UserAccount me = users.me(current.caller());
        add(new H2(getTranslation("account.title")));
        add(new Paragraph(getTranslation("account.user", me.displayName(), me.username())));
        add(new Paragraph(getTranslation("account.roles", me.roles().stream()
                .map(role -> getTranslation("role." + role.name())).sorted().collect(Collectors.joining(getTranslation("list.separator"))))));
        currentPassword.setLabel(getTranslation("account.currentPassword"));
        newPassword.setLabel(getTranslation("account.newPassword"));
        newPassword.setHelperText(getTranslation("account.newPassword.help"));
        change.setText(getTranslation("account.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> {
            currentPassword.setInvalid(false);
            newPassword.setInvalid(false);
            try {
                users.changeOwnPassword(current.caller(), currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                Notification.show(getTranslation("account.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(this::show);
            }
        });
        add(currentPassword, newPassword, change);
    }

    private void show(FieldViolation violation) {
        PasswordField field = violation.field().equals("currentPassword") ? currentPassword : newPassword;
        field.setInvalid(true);
        field.setErrorMessage(getTranslation("account.rule." + violation.rule()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.title");
    }
}
