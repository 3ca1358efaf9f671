package org.zhaoshang.crm.importing.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.ui.AmbassadorDialog;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The import report offers to register the ambassadors a sheet names who are not registered yet. */
class ImportUnknownAmbassadorsTest extends KaribuSpringTest {

    @Autowired
    private QueryGateway queries;

    @Test
    void aManagerRegistersAnAmbassadorFromTheReportAndTheCheckAgainCreditsTheirRows() {
        signIn("manager");
        ImportView view = open(ImportView.class, Locale.ENGLISH);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String scout = "Scout " + unique;
        view.upload.received("desk.csv", ("Company,Market,Ambassador\n"
                                          + "Alpha " + unique + ",London," + scout + "\n"
                                          + "Beta " + unique + ",London,Fleet Street Advisory LLP\n"
                                          + "Gamma " + unique + ",London, SCOUT " + unique + "\n")
                .getBytes(StandardCharsets.UTF_8));

        _click(view.run.check);
        awaitUi(() -> view.report.ambassadors.isVisible());
        assertThat(view.report.ambassadors.help.getText()).startsWith("The sheet names these ambassadors");
        assertThat(view.report.ambassadors.managersOnly.isVisible()).isFalse();
        assertThat(_find(view.report.ambassadors.names, com.vaadin.flow.component.html.Span.class))
                .extracting(span -> span.getText()).containsExactly(scout + " (rows 2, 4)");

        _click(_get(view.report.ambassadors.names, Button.class, spec -> spec.withText("Register")));
        AmbassadorDialog dialog = _get(AmbassadorDialog.class);
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo(scout);
        @SuppressWarnings("unchecked")
        ComboBox<AmbassadorKind> kind = _get(dialog, ComboBox.class, spec -> spec.withLabel("Kind"));
        _setValue(kind, AmbassadorKind.INVESTMENT_AMBASSADOR);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.isOpened()).as("the ambassador is registered").isFalse();

        awaitUi(() -> !view.report.ambassadors.isVisible() && view.run.check.isEnabled());
        assertThat(rows(view)).allSatisfy(row -> assertThat(row.messages()).isEmpty());
        _click(view.run.apply);
        awaitUi(() -> view.report.summary.getText().startsWith("created 3"));
        List<ImportRowReport> created = rows(view);
        assertThat(created).extracting(ImportRowReport::outcome).containsOnly(ImportOutcome.CREATE);
        String scoutId = lead(created.get(0).leadId()).introducedBy();
        assertThat(scoutId).isNotNull().isNotEqualTo("demo-amb-london");
        assertThat(lead(created.get(2).leadId()).introducedBy()).isEqualTo(scoutId);
        assertThat(lead(created.get(1).leadId()).introducedBy()).isEqualTo("demo-amb-london");
    }

    @Test
    void staffSeeTheAmbassadorsToRegisterWithoutAButtonAndWithWhoMayRegisterThem() {
        signIn("staff");
        ImportView view = open(ImportView.class, Locale.SIMPLIFIED_CHINESE);
        String scout = "陈大使" + UUID.randomUUID().toString().substring(0, 6);
        view.upload.received("台账.csv", ("公司名称,市场,招商大使\n甲公司" + scout + ",香港," + scout + "\n")
                .getBytes(StandardCharsets.UTF_8));

        _click(view.run.check);
        awaitUi(() -> view.report.ambassadors.isVisible());

        assertThat(_find(view.report.ambassadors.names, Button.class)).isEmpty();
        assertThat(view.report.ambassadors.managersOnly.isVisible()).isTrue();
        assertThat(view.report.ambassadors.managersOnly.getText()).startsWith("招商大使须由局领导（经理）登记");
        assertThat(_find(view.report.ambassadors.names, com.vaadin.flow.component.html.Span.class))
                .extracting(span -> span.getText()).containsExactly(scout + "（第 2 行）");
    }

    private LeadSummary lead(String leadId) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(LeadSummary.class)).join(),
                lead -> lead != null);
    }

    private static List<ImportRowReport> rows(ImportView view) {
        return view.report.rows.getGenericDataView().getItems().toList();
    }

    private static void awaitUi(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return condition.getAsBoolean();
        });
    }
}
