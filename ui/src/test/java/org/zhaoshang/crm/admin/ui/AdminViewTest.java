package org.zhaoshang.crm.admin.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.zhaoshang.crm.ui.StoreDown;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AdminViewTest extends KaribuSpringTest {

    @Autowired
    private StoreAvailability store;

    @Test
    void aRebuildWhileTheStoreIsAwaySaysSoInABanner() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);

        _click((Button) GridKt._getCellComponent(view.projections.grid, 0, "rebuild"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        StoreDown.during(store, () -> _fireConfirm(confirm));

        assertThat(LocatorJ._find(Span.class, spec -> spec.withText(
                "The data store cannot be reached: this change was not saved. Try again once it is back (usually "
                + "seconds to minutes); until then you can still read what is shown."))).hasSize(1);
    }

    @Test
    void anAdministratorAddsAUserAfterFixingWhatTheFormSays() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 6);

        _click(view.users.add);
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("User name")), "Bad Name");
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("User name")).getErrorMessage())
                .isEqualTo("2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit");
        assertThat(_get(dialog, PasswordField.class).isInvalid()).isTrue();

        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("User name")), name);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Zhao Lei");
        _setValue(_get(dialog, PasswordField.class), "Quan-cheng-88");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        _setValue(roles, Set.of(Role.STAFF));
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));

        assertThat(dialog.isOpened()).isFalse();
        UserAccount added = view.users.grid.getGenericDataView().getItems()
                                           .filter(account -> account.username().equals(name)).findFirst()
                                           .orElseThrow();
        assertThat(added.enabled()).isTrue();
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRolesNorDisableThemselves() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        UserAccount self = view.users.grid.getGenericDataView().getItems()
                                          .filter(account -> account.username().equals("admin")).findFirst()
                                          .orElseThrow();
        UserAccount other = view.users.grid.getGenericDataView().getItems()
                                           .filter(account -> account.username().equals("manager")).findFirst()
                                           .orElseThrow();

        HorizontalLayout own = view.users.actions(self);
        HorizontalLayout others = view.users.actions(other);

        for (String action : List.of("Change roles", "Disable")) {
            Button button = _get(own, Button.class, spec -> spec.withText(action));
            assertThat(button.isEnabled()).as(action).isFalse();
            assertThat(button.getTooltip().getText()).isEqualTo("Not on your own account: another administrator does this");
            assertThat(_get(others, Button.class, spec -> spec.withText(action)).isEnabled()).isTrue();
        }
        assertThat(_get(own, Button.class, spec -> spec.withText("Reset password")).isEnabled()).isTrue();
    }

    @Test
    void theReferenceListsShowEveryCodeWithItsChineseAndEnglishName() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        view.tabs.setSelectedTab(view.tabs.getTab(view.referenceLists));
        ReferenceListsPanel lists = _get(ReferenceListsPanel.class);

        List<ReferenceListsPanel.Entry> entries = lists.grid.getGenericDataView().getItems().toList();
        int hongKong = entries.indexOf(new ReferenceListsPanel.Entry("market", "HONG_KONG", "market.HONG_KONG"));
        assertThat(GridKt._getFormatted(lists.grid, hongKong, "zh")).isEqualTo("香港");
        assertThat(GridKt._getFormatted(lists.grid, hongKong, "en")).isEqualTo("Hong Kong");
        assertThat(lists.grid.getGenericDataView().getItems().map(ReferenceListsPanel.Entry::list).distinct())
                .containsExactly("market", "channel", "stage", "industry", "zone", "loss", "activity", "messaging");
    }

    @Test
    void aRebuildIsNamedInWordsAndAsksFirstSayingWhatEveryUserWillNotice() {
        signIn("admin");
        AdminView view = open(AdminView.class, Locale.ENGLISH);
        int readModels = IntStream.range(0, GridKt._size(view.projections.grid))
                                  .filter(row -> GridKt._getFormattedRow(view.projections.grid, row).get(0)
                                                       .equals("Lists, board, dashboard and conversion history"))
                                  .findFirst().orElseThrow();

        _click((Button) GridKt._getCellComponent(view.projections.grid, readModels, "rebuild"));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("message"))
                .contains("every user").containsPattern("about \\d+ (second|minute)");
        _fireCancel(confirm);
        assertThat(view.projections.grid.getGenericDataView().getItems().skip(readModels).findFirst().orElseThrow()
                       .rebuilding()).isFalse();
    }
}
