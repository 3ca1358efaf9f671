package org.zhaoshang.crm.admin.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.ui.NotificationSettingsDialog;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators set another user's notification settings (their e-mail address) from the users' list. */
class UserNotificationSettingsTest extends KaribuSpringTest {

    @Autowired
    QueryGateway queries;

    @Test
    void anAdministratorSetsAnotherUsersAddressFromTheUsersList() {
        signIn("admin");
        AdminView admin = open(AdminView.class, Locale.ENGLISH);
        List<UserAccount> accounts = admin.users.grid.getGenericDataView().getItems().toList();
        int row = accounts.indexOf(accounts.stream().filter(account -> account.username().equals("staff-wang.fang"))
                                           .findFirst().orElseThrow());
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(admin.users.grid, row, "actions");
        Button notifications = actions.getChildren().map(Button.class::cast)
                                      .filter(button -> button.getText().equals("Notifications")).findFirst()
                                      .orElseThrow();

        _click(notifications);

        NotificationSettingsDialog dialog = _get(NotificationSettingsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Notification settings of 王芳");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("mail-off"))).hasSize(1);
        _get(EmailField.class, spec -> spec.withLabel("E-mail address")).setValue("wang.fang@example.org");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(dialog.isOpened()).isFalse();
        NotificationSettings saved = queries.query(new FindNotificationSettingsQuery("staff-wang.fang"),
                                                   ResponseTypes.instanceOf(NotificationSettings.class)).join();
        assertThat(saved.email()).isEqualTo("wang.fang@example.org");
    }
}
