package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import's check and import step: a dry run, then the import once a check found something to do, each on a thread
 * of its own as the signed-in user, with a progress bar while the rest of the application stays usable.
 */
class ImportRun extends VerticalLayout {

    final Button check = new Button();
    final Button apply = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    private final LeadImporter importer;
    private final Supplier<ImportOptions> options;
    private final Consumer<ImportReport> finished;
    private final Consumer<List<FieldViolation>> failed;
    private String fileName;
    private Sheet sheet;

    ImportRun(LeadImporter importer, Supplier<ImportOptions> options, Consumer<ImportReport> finished,
              Consumer<List<FieldViolation>> failed) {
        this.importer = importer;
        this.options = options;
        this.finished = finished;
        this.failed = failed;
        check.setText(getTranslation("import.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> start(false));
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> start(true));
        apply.setEnabled(false);
        progress.setVisible(false);
        progressText.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(check, apply, progressText);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(actions, progress);
        setPadding(false);
    }

    /** A new sheet to check: nothing may be imported before it is checked. */
    void sheet(String name, Sheet read) {
        fileName = name;
        sheet = read;
        apply.setEnabled(false);
    }

    /** The mapping or the rates changed: check again before importing. */
    void changed() {
        apply.setEnabled(false);
    }

    /** Checks the sheet again (the ambassadors it names were registered meanwhile), unless a run is under way. */
    void recheck() {
        if (sheet != null && check.isEnabled()) {
            start(false);
        }
    }

    /** Checks or imports the sheet on a thread of its own, as the signed-in user, showing progress as it goes. */
    private void start(boolean applying) {
        UI ui = UI.getCurrent();
        ImportOptions given = options.get();
        check.setEnabled(false);
        apply.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation(applying ? "import.applying" : "import.checking", 0, sheet.rows().size()));
        Sheet shown = sheet;
        String name = fileName;
        Runnable work = () -> {
            try {
                ImportReport result = importer.run(name, shown, given, applying, (done, rows) -> {
                    if (done % Math.max(1, rows / 100) == 0) {
                        ImportView.access(ui, () -> {
                            progress.setValue(done / (double) rows);
                            progressText.setText(getTranslation(applying ? "import.applying" : "import.checking",
                                                                done, rows));
                        });
                    }
                });
                ImportView.access(ui, () -> done(result));
            } catch (InvalidInputException invalid) {
                ImportView.access(ui, () -> {
                    stopped();
                    failed.accept(invalid.violations());
                });
            }
        };
        Thread thread = new Thread(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()),
                                   "import-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void done(ImportReport result) {
        stopped();
        long toDo = ImportReportPanel.count(result, ImportOutcome.CREATE)
                    + ImportReportPanel.count(result, ImportOutcome.UPDATE);
        apply.setEnabled(!result.applied() && toDo > 0);
        finished.accept(result);
    }

    private void stopped() {
        progress.setVisible(false);
        progressText.setVisible(false);
        check.setEnabled(true);
    }
}
