package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.report.api.FindIssuedReportsQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.IssueReportCommand;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The reports issued so far, newest first, each with its downloads; a manager issues one for a finished period. */
final class IssuedReportsPanel extends VerticalLayout {

    final Div list = new Div();
    final Select<ReportKind> kind = new Select<>();
    final TextField period = new TextField();
    final Button issue = new Button();
    private final QueryGateway queries;
    private final ReportWords words;
    private final LocalDate today;
    private final CommandSender sender;
    private final FieldErrors errors = new FieldErrors();
    /** The reports listed (tests). */
    List<IssuedReports.Row> shown = List.of();

    IssuedReportsPanel(QueryGateway queries, CommandGateway commands, ReportWords words, LocalDate today,
                       boolean mayIssue) {
        this.queries = queries;
        this.words = words;
        this.today = today;
        sender = new CommandSender(commands, this, this::refresh);
        addClassName("issued-reports");
        setPadding(false);
        list.setWidthFull();
        if (mayIssue) {
            add(issueForm());
        }
        add(list);
    }

    private FlexLayout issueForm() {
        kind.setLabel(words.t("report.issue.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(value -> words.t("report.kind." + value.name()));
        kind.addValueChangeListener(change -> period.setValue(lastFinished(change.getValue())));
        period.setLabel(words.t("report.issue.period"));
        period.setHelperText(words.t("report.issue.period.help"));
        kind.setValue(ReportKind.DISPATCH);
        issue.setText(words.t("report.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> issue());
        errors.field("period", period).field("kind", kind);
        FlexLayout form = new FlexLayout(kind, period, issue);
        form.addClassName("issue-form");
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** The last period whose end has passed: last week, last month. */
    private String lastFinished(ReportKind chosen) {
        return chosen == ReportKind.CIRCULAR ? YearMonth.from(today).minusMonths(1).toString()
                                             : IsoWeek.of(today).previous().toString();
    }

    private void issue() {
        IssueReportCommand command;
        try {
            command = new IssueReportCommand(kind.getValue(), period.getValue().strip());
        } catch (InvalidInputException unreadable) {
            errors.show(unreadable.violations());
            return;
        }
        if (sender.send(command, errors)) {
            Toast.done(words.t("report.issued.toast", words.t("report.kind." + command.kind().name()),
                               command.period()));
            render(ReadModelLag.changedFrom(shown, this::fetch));
        }
    }

    private List<IssuedReports.Row> fetch() {
        IssuedReports reports = queries.query(new FindIssuedReportsQuery(null),
                                              ResponseTypes.instanceOf(IssuedReports.class)).join();
        return reports == null ? List.of() : reports.rows();
    }

    void refresh() {
        render(fetch());
    }

    private void render(List<IssuedReports.Row> rows) {
        shown = rows;
        list.removeAll();
        list.add(new H3(words.t("report.issued.title")));
        StackedTable table = new StackedTable("issued-table", List.of(
                words.t("report.issue.kind"), words.t("report.issue.period"), words.t("report.issued.madeAt"),
                words.t("report.issued.madeBy"), words.t("report.issued.downloads")));
        for (IssuedReports.Row row : shown) {
            Downloads downloads = new Downloads(words);
            downloads.pointIssued(row.reportId(), words.language());
            table.row(words.t("report.kind." + row.kind().name()), period(row),
                      BureauFormats.moment(row.madeAt(), words.locale()),
                      Actor.SYSTEM.equals(row.madeBy()) ? words.t("report.issued.bySchedule")
                                                        : words.person(row.madeBy()), downloads);
        }
        list.add(table.orWhenEmpty(words.t("report.issued.none")));
    }

    private String period(IssuedReports.Row row) {
        try {
            return row.kind() == ReportKind.CIRCULAR ? words.month(YearMonth.parse(row.period()))
                                                     : words.week(IsoWeek.parse(row.period()));
        } catch (RuntimeException unreadable) {
            return row.period();
        }
    }
}
