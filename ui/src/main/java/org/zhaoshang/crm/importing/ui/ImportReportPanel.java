package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.ui.Translations;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The import's report step: what a check would do (or an import did) with each row, the counts, each company linked
 * to its lead where there is one, and the sheet with two more columns to download.
 */
class ImportReportPanel extends VerticalLayout {

    final Span summary = new Span();
    final Grid<ImportRowReport> rows = new Grid<>();
    final Anchor download = new Anchor();
    final UnknownAmbassadorsSection ambassadors;
    private Sheet sheet;
    private ImportReport lastReport;

    ImportReportPanel(UnknownAmbassadorsSection ambassadors) {
        this.ambassadors = ambassadors;
        rows.setEmptyStateText(getTranslation("empty.importRows"));
        configureReport();
        add(new H3(getTranslation("import.step.report")), summary, ambassadors, download, rows);
        setPadding(false);
        setVisible(false);
    }

    /** A new sheet: no report yet. */
    void sheet(Sheet read) {
        sheet = read;
        lastReport = null;
        ambassadors.hide();
        setVisible(false);
    }

    void show(ImportReport result) {
        lastReport = result;
        summary.setText(Arrays.stream(ImportOutcome.values())
                              .map(outcome -> getTranslation((result.applied() ? "import.done." : "import.will.")
                                                             + outcome.name(), count(result, outcome)))
                              .collect(Collectors.joining(" · ")));
        rows.setItems(result.rowReports());
        ambassadors.show(result);
        setVisible(true);
        scrollIntoView();
        Notification.show(getTranslation(result.applied() ? "import.applied" : "import.checked",
                                         result.rows()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static long count(ImportReport result, ImportOutcome outcome) {
        return result.counts().getOrDefault(outcome, 0L);
    }

    private void configureReport() {
        rows.addColumn(ImportRowReport::row).setHeader(getTranslation("import.report.row")).setAutoWidth(true)
              .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        rows.addComponentColumn(row -> {
            Span badge = new Span(outcomeLabel(row));
            badge.addClassNames("outcome-badge", "outcome-" + row.outcome().name().toLowerCase(Locale.ROOT));
            return badge;
        }).setKey("outcome").setHeader(getTranslation("import.report.outcome")).setAutoWidth(true).setFlexGrow(0);
        rows.addComponentColumn(this::company).setHeader(getTranslation("import.report.company"))
              .setAutoWidth(true);
        rows.addColumn(this::messages).setKey("messages").setHeader(getTranslation("import.report.messages"))
              .setTooltipGenerator(this::messages).setFlexGrow(1);
        rows.setHeight("28rem");
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
            case ERROR, EMPTY -> false;
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

    /**
     * Each message as "column: the rule in the user's words" (with the figures it names), the backend's words where
     * there are none.
     */
    private String messages(ImportRowReport row, Locale locale) {
        return row.messages().stream().map(message -> {
            String text = Translations.first(locale, "import.rule." + message.field() + "." + message.rule(),
                                             "rule." + message.rule())
                                      .map(wording -> message.arguments().isEmpty() ? wording
                                              : new MessageFormat(wording, locale).format(
                                                      message.arguments().toArray()))
                                      .orElse(message.message());
            return message.column() == null ? text : getTranslation(locale, "import.columnMessage", message.column(),
                                                                    text);
        }).collect(Collectors.joining(getTranslation(locale, "import.messageSeparator")));
    }
}
