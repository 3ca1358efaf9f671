package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.run.SavedMappings;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.lead.api.PlannedInvestment;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings a desk's sheet in: upload an .xlsx or .csv, confirm or change what each column holds (or take a saved
 * mapping), give the rates of foreign currencies, check (a dry run, row by row), then import, with a progress bar
 * while the rest of the application stays usable. The report can be downloaded as the sheet with two more columns.
 */
@Route("import")
@Menu(title = "nav.import", order = 6)
@RolesAllowed({"STAFF", "MANAGER"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> FOREIGN_CURRENCIES = PlannedInvestment.CURRENCIES.stream()
                                                                               .filter(code -> !code.equals("CNY"))
                                                                               .toList();

    final Upload upload = new Upload();
    final Span file = new Span();
    final Grid<String> columns = new Grid<>();
    final ComboBox<String> savedMapping = new ComboBox<>();
    final TextField saveAs = new TextField();
    final Button saveMapping = new Button();
    final Map<String, BigDecimalField> rates = new LinkedHashMap<>();
    final Button check = new Button();
    final Button apply = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Span summary = new Span();
    final Grid<ImportRowReport> report = new Grid<>();
    final Anchor download = new Anchor();
    private final LeadImporter importer;
    private final SavedMappings savedMappings;
    private final CurrentCaller caller;
    private final VerticalLayout mappingStep = new VerticalLayout();
    private final VerticalLayout reportStep = new VerticalLayout();
    private final Map<String, ComboBox<ImportField>> fieldOfHeader = new LinkedHashMap<>();
    private String fileName;
    private Sheet sheet;
    private ImportReport lastReport;

    public ImportView(LeadImporter importer, SavedMappings savedMappings, CurrentCaller caller) {
        this.importer = importer;
        this.savedMappings = savedMappings;
        this.caller = caller;
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv",
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(SheetReader.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        words.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("rule.file.too-large"))
                                             .setIncorrectFileType(getTranslation("rule.file.type"))
                                             .setTooManyFiles(getTranslation("import.oneFile")));
        upload.setI18n(words);
        upload.addFileRejectedListener(rejected -> error(getTranslation("import.file.rejected",
                                                                        rejected.getErrorMessage())));
        upload.setUploadHandler(this::uploaded);
        file.addClassName("import-file");

        columns.addColumn(header -> header).setHeader(getTranslation("import.column.header")).setAutoWidth(true);
        columns.addColumn(this::sample).setHeader(getTranslation("import.column.sample"));
        columns.addComponentColumn(fieldOfHeader::get).setHeader(getTranslation("import.column.field"))
               .setAutoWidth(true);
        columns.setAllRowsVisible(true);
        savedMapping.setLabel(getTranslation("import.savedMapping"));
        savedMapping.setClearButtonVisible(true);
        savedMapping.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && sheet != null) {
                savedMappings.find(change.getValue()).ifPresent(this::showMapping);
            }
        });
        saveAs.setLabel(getTranslation("import.saveAs"));
        FieldErrors saveErrors = new FieldErrors().field("name", saveAs);
        saveMapping.setText(getTranslation("import.saveMapping"));
        saveMapping.addClickListener(click -> {
            try {
                savedMappings.save(saveAs.getValue(), chosenMapping(), caller.caller().id());
                saveErrors.clear();
                savedMapping.setItems(savedMappings.names());
                Notification.show(getTranslation("import.mappingSaved", saveAs.getValue().strip()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                saveErrors.show(invalid.violations());
            }
        });
        HorizontalLayout rateFields = new HorizontalLayout();
        for (String currency : FOREIGN_CURRENCIES) {
            BigDecimalField rate = new BigDecimalField(getTranslation("import.rate", currency));
            rate.setWidth("9rem");
            rates.put(currency, rate);
            rateFields.add(rate);
        }
        check.setText(getTranslation("import.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> start(false));
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> start(true));
        apply.setEnabled(false);
        progress.setVisible(false);
        progressText.setVisible(false);
        HorizontalLayout mappings = new HorizontalLayout(savedMapping, saveAs, saveMapping);
        mappings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(check, apply, progressText);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        mappingStep.add(new H3(getTranslation("import.step.mapping")), file, columns, mappings,
                        new Paragraph(getTranslation("import.rates.help")), rateFields, actions, progress);
        mappingStep.setPadding(false);
        mappingStep.setVisible(false);

        configureReport();
        reportStep.add(new H3(getTranslation("import.step.report")), summary, download, report);
        reportStep.setPadding(false);
        reportStep.setVisible(false);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload,
            mappingStep, reportStep);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        savedMapping.setItems(savedMappings.names());
    }

    /**
     * An upload arrives (on the request's thread, without the session's lock): read as it streams in, at most
     * {@link SheetReader#MAX_BYTES} of it (the browser's own check of the size is no limit for a crafted request).
     * A file refused before its end stops the upload: the rest is not read.
     */
    void uploaded(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        InputStream content = event.getInputStream();
        boolean unread;
        try {
            Sheet read = SheetReader.read(name, content);
            access(ui, () -> show(name, read));
            return;
        } catch (InvalidInputException refused) {
            access(ui, () -> refused(refused));
            unread = content.read() != -1;
        } finally {
            content.close();
        }
        if (unread) {
            throw new IOException("upload refused before its end: the rest is not read");
        }
    }

    /** A file arrived whole (tests): read it (or say why not) and show its columns. */
    void received(String name, byte[] content) {
        try {
            show(name, SheetReader.read(name, content));
        } catch (InvalidInputException refused) {
            refused(refused);
        }
    }

    private void refused(InvalidInputException refused) {
        sheet = null;
        mappingStep.setVisible(false);
        error(refused.violations().stream().map(violation -> FieldErrors.message(violation, getLocale()))
                     .collect(Collectors.joining("; ")));
    }

    /** Shows the sheet's columns with what they are taken to hold. */
    private void show(String name, Sheet read) {
        sheet = read;
        fileName = name;
        file.setText(getTranslation("import.file", name, sheet.rows().size()));
        showMapping(Map.of());
        lastReport = null;
        reportStep.setVisible(false);
        apply.setEnabled(false);
        mappingStep.setVisible(true);
    }

    private void showMapping(Map<String, ImportField> given) {
        fieldOfHeader.clear();
        LeadImporter.mapping(sheet.headers(), new ImportOptions(given, Map.of())).forEach((header, field) -> {
            ComboBox<ImportField> choice = new ComboBox<>();
            choice.setItems(ImportField.values());
            choice.setItemLabelGenerator(value -> getTranslation("importField." + value.name()));
            choice.setValue(field);
            choice.setWidth("16rem");
            choice.addValueChangeListener(change -> apply.setEnabled(false));
            fieldOfHeader.put(header, choice);
        });
        columns.setItems(List.copyOf(fieldOfHeader.keySet()));
    }

    Map<String, ImportField> chosenMapping() {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        fieldOfHeader.forEach((header, choice) -> mapping.put(header, choice.getValue() == null ? ImportField.IGNORED
                                                                                                : choice.getValue()));
        return mapping;
    }

    /** The first value the column has, to tell what it holds. */
    private String sample(String header) {
        int column = sheet.headers().indexOf(header);
        return sheet.rows().stream().map(row -> row.get(column)).filter(value -> !value.isEmpty()).findFirst()
                    .orElse("");
    }

    /** Checks or imports the sheet on a thread of its own, as the signed-in user, showing progress as it goes. */
    private void start(boolean applying) {
        UI ui = UI.getCurrent();
        ImportOptions options = new ImportOptions(chosenMapping(), ratesGiven());
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
                ImportReport result = importer.run(name, shown, options, applying, (done, rows) -> {
                    if (done % Math.max(1, rows / 100) == 0) {
                        access(ui, () -> {
                            progress.setValue(done / (double) rows);
                            progressText.setText(getTranslation(applying ? "import.applying" : "import.checking",
                                                                done, rows));
                        });
                    }
                });
                access(ui, () -> finished(result));
            } catch (InvalidInputException invalid) {
                access(ui, () -> failed(invalid.violations()));
            }
        };
        Thread thread = new Thread(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()),
                                   "import-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private Map<String, BigDecimal> ratesGiven() {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        rates.forEach((currency, field) -> {
            if (field.getValue() != null) {
                given.put(currency, field.getValue());
            }
        });
        return given;
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException userLeft) {
            // the import goes on; its outcome is in the log and in the leads
        }
    }

    private void finished(ImportReport result) {
        lastReport = result;
        progress.setVisible(false);
        progressText.setVisible(false);
        check.setEnabled(true);
        long toDo = count(result, ImportOutcome.CREATE) + count(result, ImportOutcome.UPDATE);
        apply.setEnabled(!result.applied() && toDo > 0);
        summary.setText(Arrays.stream(ImportOutcome.values())
                              .map(outcome -> getTranslation((result.applied() ? "import.done." : "import.will.")
                                                             + outcome.name(), count(result, outcome)))
                              .collect(Collectors.joining(" · ")));
        report.setItems(result.rowReports());
        reportStep.setVisible(true);
        reportStep.scrollIntoView();
        Notification.show(getTranslation(result.applied() ? "import.applied" : "import.checked",
                                         result.rows()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(List<FieldViolation> violations) {
        progress.setVisible(false);
        progressText.setVisible(false);
        check.setEnabled(true);
        error(violations.stream().map(violation -> FieldErrors.message(violation, getLocale()))
                        .collect(Collectors.joining("; ")));
    }

    private static long count(ImportReport result, ImportOutcome outcome) {
        return result.counts().getOrDefault(outcome, 0L);
    }

    private void configureReport() {
        report.addColumn(ImportRowReport::row).setHeader(getTranslation("import.report.row")).setAutoWidth(true)
              .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        report.addComponentColumn(row -> {
            Span badge = new Span(outcomeLabel(row));
            badge.addClassNames("outcome-badge", "outcome-" + row.outcome().name().toLowerCase(Locale.ROOT));
            return badge;
        }).setKey("outcome").setHeader(getTranslation("import.report.outcome")).setAutoWidth(true).setFlexGrow(0);
        report.addComponentColumn(this::company).setHeader(getTranslation("import.report.company"))
              .setAutoWidth(true);
        report.addColumn(this::messages).setKey("messages").setHeader(getTranslation("import.report.messages"))
              .setTooltipGenerator(this::messages).setFlexGrow(1);
        report.setHeight("28rem");
        download.setText(getTranslation("import.report.download"));
        download.getElement().setAttribute("download", true);
        Locale locale = getLocale();
        download.setHref((DownloadHandler) event -> {
            event.setFileName("import-report.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ImportReportSheet.write(sheet, lastReport, getTranslation(locale, "import.report.outcome"),
                                    getTranslation(locale, "import.report.messages"),
                                    row -> getTranslation(locale, outcomeKey(row)),
                                    row -> messages(row, locale), event.getOutputStream());
        });
    }

    /** The company, linked to its lead where there is one: imported now or before, or the lead it duplicates. */
    private Component company(ImportRowReport row) {
        String name = row.company() == null ? "" : row.company();
        boolean leadExists = switch (row.outcome()) {
            case UNCHANGED, UPDATE -> true;
            case CREATE -> lastReport != null && lastReport.applied();
            case DUPLICATE -> row.messages().stream().anyMatch(message -> message.rule().equals("duplicate"));
            case ERROR -> false;
        };
        return leadExists ? new RouterLink(name, LeadView.class, new RouteParameters("leadId", row.leadId()))
                          : new Span(name);
    }

    private String outcomeLabel(ImportRowReport row) {
        return getTranslation(outcomeKey(row));
    }

    private String outcomeKey(ImportRowReport row) {
        return (lastReport != null && lastReport.applied() ? "import.outcome.done." : "import.outcome.will.")
               + row.outcome().name();
    }

    private String messages(ImportRowReport row) {
        return messages(row, getLocale());
    }

    /** Each message as "column: the rule in the user's words", the backend's words where there are none. */
    private String messages(ImportRowReport row, Locale locale) {
        return row.messages().stream().map(message -> {
            String text = Translations.first(locale, "import.rule." + message.field() + "." + message.rule(),
                                             "rule." + message.rule()).orElse(message.message());
            return message.column() == null ? text : getTranslation(locale, "import.columnMessage", message.column(),
                                                                    text);
        }).collect(Collectors.joining(getTranslation(locale, "import.messageSeparator")));
    }

    private void error(String message) {
        Notification.show(message, 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
