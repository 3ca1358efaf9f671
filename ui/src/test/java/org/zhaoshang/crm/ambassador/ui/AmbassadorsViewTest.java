package org.zhaoshang.crm.ambassador.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AmbassadorsViewTest extends KaribuSpringTest {

    @Test
    void anAmbassadorSeesTheirOwnPageWithTheirScorecard() {
        signIn("ambassador");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);

        assertThat(view.grid.getGenericDataView().getItems().map(ambassador -> ambassador.ambassadorId()).toList())
                .containsExactly("demo-amb-london");
        assertThat(view.grid.getColumns().stream().map(column -> column.getHeaderText()))
                .contains("Leads introduced", "Conversion");
    }

    @Test
    void staffSeeEveryAmbassadorButNoScorecards() {
        signIn("staff");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);

        assertThat(view.grid.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(7);
        assertThat(view.grid.getColumns().stream().map(column -> column.getHeaderText()))
                .doesNotContain("Leads introduced");
    }

    @Test
    void aManagerRegistersAnAmbassadorAfterFixingTheEmailThenDeactivatesThem() {
        signIn("manager");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);
        String name = "Seoul Bio Partners " + UUID.randomUUID().toString().substring(0, 6);

        _click(view.register);
        AmbassadorDialog dialog = _get(AmbassadorDialog.class);
        _setValue(dialog.kind, AmbassadorKind.INTERNATIONAL_PARTNER);
        _setValue(dialog.name, name);
        _setValue(dialog.markets, Set.of(SourceMarket.KOREA));
        _setValue(dialog.email, "not an address");
        _click(dialog.save);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Must be an e-mail address");
        assertThat(rowOf(view, name)).isNegative();

        _setValue(dialog.email, "desk@seoulbio.example");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        int row = await().pollInSameThread().atMost(Duration.ofSeconds(10))
                         .until(() -> {
                             MockVaadin.runUIQueue(false);
                             return rowOf(view, name);
                         }, found -> found >= 0);
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Active");

        _click(_get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class,
                    spec -> spec.withText("Deactivate")));
        CommandDialog deactivate = _get(CommandDialog.class);
        _click(_get(deactivate, Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(deactivate, TextArea.class).isInvalid()).isTrue();
        assertThat(_get(deactivate, TextArea.class).getErrorMessage()).isEqualTo("Required");
        _setValue(_get(deactivate, TextArea.class), "Contract ended");
        _click(_get(deactivate, Button.class, spec -> spec.withText("Confirm")));
        await().pollInSameThread().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue(false);
            assertThat(GridKt._getFormatted(view.grid, rowOf(view, name), "status")).isEqualTo("Deactivated");
        });

        _click(_get(GridKt._getCellComponent(view.grid, rowOf(view, name), "actions"), Button.class,
                    spec -> spec.withText("Reactivate")));
        CommandDialog reactivate = _get(CommandDialog.class);
        _setValue(_get(reactivate, TextArea.class), "New contract");
        _click(_get(reactivate, Button.class, spec -> spec.withText("Confirm")));
        await().pollInSameThread().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue(false);
            assertThat(GridKt._getFormatted(view.grid, rowOf(view, name), "status")).isEqualTo("Active");
        });
    }

    @Test
    void staffCannotKeepTheList() {
        signIn("staff");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);

        assertThat(view.register.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
    }

    private static int rowOf(AmbassadorsView view, String name) {
        List<AmbassadorSummary> rows = view.grid.getGenericDataView().getItems().toList();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).profile().name().equals(name)) {
                return row;
            }
        }
        return -1;
    }
}
