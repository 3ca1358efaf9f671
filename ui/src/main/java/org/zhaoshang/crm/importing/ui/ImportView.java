package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.run.SavedMappings;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings a desk's sheet in, step by step: upload an .xlsx or .csv ({@link SheetUpload}), confirm or change what each
 * column holds ({@link ColumnMapping}), give the rates of foreign currencies ({@link CurrencyRates}) and whether
 * amounts without a unit are in 元, choose what to do with stages that lack their gates' data
 * ({@link StagePolicyChoice}), check (a dry
 * run, row by row), then import ({@link ImportRun}), and read the report ({@link ImportReportPanel}).
 */
@Route("import")
@Menu(title = "nav.import", order = 6)
@RolesAllowed({"STAFF", "MANAGER"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    final SheetUpload upload;
    final ColumnMapping mapping;
    final CurrencyRates rates = new CurrencyRates();
    final Checkbox bareNumbersInYuan = new Checkbox();
    final ImportRun run;
    final StagePolicyChoice stagePolicy;
    final ImportReportPanel report;
    private final VerticalLayout mappingStep = new VerticalLayout();

    public ImportView(LeadImporter importer, SavedMappings savedMappings, CurrentCaller caller,
                      CommandGateway commands, QueryGateway queries, AuthenticationContext authentication) {
        report = new ImportReportPanel(new UnknownAmbassadorsSection(commands, queries,
                                                                     authentication.hasRole("MANAGER"),
                                                                     this::checkAgain));
        upload = new SheetUpload(this::show, refused -> refused(refused.violations()), this::error);
        run = new ImportRun(importer, this::options, report::show, this::error);
        mapping = new ColumnMapping(savedMappings, caller, run::changed);
        stagePolicy = new StagePolicyChoice(run::changed);
        bareNumbersInYuan.setLabel(getTranslation("import.bareNumbersInYuan"));
        bareNumbersInYuan.setHelperText(getTranslation("import.bareNumbersInYuan.help"));
        bareNumbersInYuan.addValueChangeListener(change -> run.changed());
        mappingStep.add(mapping, rates, bareNumbersInYuan, stagePolicy, run);
        mappingStep.setPadding(false);
        mappingStep.setVisible(false);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload,
            mappingStep, report);
    }

    /** A sheet was read: show its columns; nothing may be imported before it is checked. */
    private void show(String name, Sheet sheet) {
        mapping.show(name, sheet);
        run.sheet(name, sheet);
        report.sheet(sheet);
        mappingStep.setVisible(true);
    }

    private void checkAgain() {
        run.recheck();
    }

    private ImportOptions options() {
        return new ImportOptions(mapping.chosenMapping(), rates.given(), stagePolicy.chosen(),
                                 bareNumbersInYuan.getValue());
    }

    private void refused(List<FieldViolation> violations) {
        mapping.clear();
        mappingStep.setVisible(false);
        error(violations);
    }

    private void error(List<FieldViolation> violations) {
        error(violations.stream().map(violation -> FieldErrors.message(violation, getLocale()))
                        .collect(Collectors.joining("; ")));
    }

    private void error(String message) {
        Notification.show(message, 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs {@code command} in the user's UI, unless the user has left it meanwhile. */
    static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException userLeft) {
            // the import goes on; its outcome is in the log and in the leads
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
