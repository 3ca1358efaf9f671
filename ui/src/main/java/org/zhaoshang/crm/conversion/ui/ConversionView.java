package org.zhaoshang.crm.conversion.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauDatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindBoardAsOfQuery;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.EChart;
import org.zhaoshang.crm.ui.Translations;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Conversion history for managers, for a year and any slice (market, channel, industry, ambassador, owner): per
 * stage the leads that entered it and the share that went on, the win rate, time in each stage (median and 75th
 * percentile days), losses by reason, the monthly cohorts; and, for a past day, the funnel and the board as they
 * stood then, as known now or as known then. The filters are in the address ({@code ?dimension=&year=&asOf=&knowledge=}):
 * a link or a reload shows the same figures.
 */
@Route("conversion")
@Menu(title = "nav.conversion", order = 2)
@RolesAllowed("MANAGER")
public class ConversionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<Integer> year = new ComboBox<>();
    final LookBackFilters filters;
    final ComboBox<ConversionDimension> dimension;
    final BureauDatePicker asOf;
    final ComboBox<Knowledge> knowledge;
    final Grid<ConversionReport.Row> funnel = new Grid<>();
    final Grid<ConversionReport.StageFigures> timeInStage = new Grid<>();
    final Grid<Loss> losses = new Grid<>();
    final Grid<BoardAsOf.Column> board = new Grid<>();
    final H3 boardTitle = new H3();
    final EChart cohorts = new EChart();
    final H3 cohortsTitle = new H3();
    final Span legend = new Span();
    final Span winRateNote = new Span();
    private final QueryGateway queries;
    private final Map<String, String> ambassadorNames;
    private ConversionReport.Row shownRow;
    private final int thisYear;

    /** One line of the lost-leads table: a reason or a competing location, and the figure to drill into. */
    record Loss(String label, Measure measure, String item, long leads) {
    }

    private final PeopleDirectory people;

    public ConversionView(QueryGateway queries, PeopleDirectory people) {
        funnel.setEmptyStateText(getTranslation("empty.conversion"));
        timeInStage.setEmptyStateText(getTranslation("empty.conversion"));
        losses.setEmptyStateText(getTranslation("empty.losses"));
        board.setEmptyStateText(getTranslation("empty.conversion"));
        this.queries = queries;
        this.people = people;
        this.ambassadorNames = AmbassadorPicker.names(queries);
        this.thisYear = Year.now(BureauTime.ZONE).getValue();
        year.setLabel(getTranslation("conversion.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        filters = new LookBackFilters("conversion", "conversion.asOf.help", year, 1, this::addressParameters,
                                      this::refresh);
        dimension = filters.dimension;
        asOf = filters.asOf;
        knowledge = filters.knowledge;
        configureGrids();
        HorizontalLayout details = new HorizontalLayout(timeInStage, losses);
        details.setWidthFull();
        legend.setText(getTranslation("conversion.legend"));
        legend.addClassName("conversion-legend");
        winRateNote.setText(getTranslation("conversion.winRate.note"));
        winRateNote.addClassName("conversion-win-rate");
        VerticalLayout notes = new VerticalLayout(legend, winRateNote);
        notes.addClassName("conversion-notes");
        notes.setPadding(false);
        notes.setSpacing(false);
        details.addClassName("conversion-details");
        add(new H2(getTranslation("conversion.title")), filters, funnel, notes,
            new H3(getTranslation("conversion.details")), details, boardTitle, board, cohortsTitle, cohorts);
    }

    /** Shows the figures the address asks for; what it asks for but cannot be is left at its default. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        filters.restoring(() -> {
            filters.restoreDimension(parameters);
            year.setValue(LookBackFilters.recentYear(parameters, thisYear).orElse(thisYear));
            filters.restoreLookBack(parameters);
        });
        refresh();
    }

    private QueryParameters addressParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters.addDimensionTo(parameters);
        if (year.getValue() != null && year.getValue() != thisYear) {
            parameters.put("year", List.of(String.valueOf(year.getValue())));
        }
        filters.addLookBackTo(parameters);
        return new QueryParameters(parameters);
    }

    private void configureGrids() {
        funnel.addColumn(row -> valueLabel(row.value())).setHeader(getTranslation("conversion.value"))
              .setAutoWidth(true).setFrozen(true);
        Map<Grid.Column<ConversionReport.Row>, Stage> stageColumns = new java.util.HashMap<>();
        for (Stage stage : Stage.values()) {
            stageColumns.put(funnel.addColumn(row -> stageCell(row.stages().get(stage.ordinal())))
                                   .setKey(stage.name()).setHeader(getTranslation("stage." + stage.name()))
                                   .setAutoWidth(true).setTextAlign(ColumnTextAlign.END), stage);
        }
        funnel.addItemClickListener(click -> {
            Stage stage = stageColumns.get(click.getColumn());
            if (stage != null) {
                drillInto(getTranslation("behind.entered", getTranslation("stage." + stage.name()),
                                         String.valueOf(year.getValue())) + " · " + valueLabel(click.getItem().value()),
                          click.getItem().value(), Measure.ENTERED, stage.name());
            }
        });
        funnel.addColumn(row -> percent(row.winRate())).setHeader(getTranslation("conversion.winRate"))
              .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        funnel.addColumn(row -> row.held() + " / " + row.revived()).setHeader(getTranslation("conversion.heldRevived"))
              .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        funnel.setAllRowsVisible(true);
        funnel.addSelectionListener(selected -> selected.getFirstSelectedItem().ifPresent(this::showDetails));
        timeInStage.addColumn(figures -> getTranslation("stage." + figures.stage().name()))
                   .setHeader(getTranslation("conversion.stage"));
        timeInStage.addColumn(figures -> days(figures.medianDays())).setHeader(getTranslation("conversion.median"))
                   .setTextAlign(ColumnTextAlign.END);
        timeInStage.addColumn(figures -> days(figures.p75Days())).setHeader(getTranslation("conversion.p75"))
                   .setTextAlign(ColumnTextAlign.END);
        timeInStage.setAllRowsVisible(true);
        losses.addColumn(Loss::label).setHeader(getTranslation("conversion.lostBecause"));
        losses.addColumn(Loss::leads).setHeader(getTranslation("conversion.leads"))
              .setTextAlign(ColumnTextAlign.END);
        losses.addItemClickListener(click -> drillInto(click.getItem().label() + " · "
                                                       + valueLabel(shownRow.value()), shownRow.value(),
                                                       click.getItem().measure(), click.getItem().item()));
        losses.setAllRowsVisible(true);
        board.addColumn(column -> getTranslation("stage." + column.stage().name()))
             .setHeader(getTranslation("conversion.stage"));
        board.addColumn(BoardAsOf.Column::leads).setHeader(getTranslation("conversion.leads"))
             .setTextAlign(ColumnTextAlign.END);
        board.addColumn(column -> BureauFormats.amountWan(column.plannedInvestmentCnyWan(), getLocale()))
             .setHeader(getTranslation("leads.column.investment")).setTextAlign(ColumnTextAlign.END);
        board.setAllRowsVisible(true);
    }

    void refresh() {
        YearMonth january = YearMonth.of(year.getValue(), 1);
        ConversionReport report = queries.query(new FindConversionQuery(january, january.plusMonths(11),
                                                                        dimension.getValue(), asOf.getValue(),
                                                                        knowledge.getValue()),
                                                ResponseTypes.instanceOf(ConversionReport.class)).join();
        String shownValue = shownRow == null ? null : shownRow.value();
        shownRow = null;
        funnel.setItems(report.rows());
        funnel.deselectAll();
        report.rows().stream().filter(row -> row.value().equals(shownValue)).findFirst()
              .or(() -> report.rows().stream().findFirst()).ifPresentOrElse(funnel::select, () -> {
                  timeInStage.setItems(List.of());
                  losses.setItems(List.of());
                  showCohorts(null);
              });
        boolean lookingBack = asOf.getValue() != null;
        boardTitle.setVisible(lookingBack);
        board.setVisible(lookingBack);
        if (lookingBack) {
            boardTitle.setText(getTranslation("conversion.boardAsOf", BureauFormats.date(asOf.getValue(), getLocale())));
            board.setItems(queries.query(new FindBoardAsOfQuery(asOf.getValue(), knowledge.getValue(), 0),
                                         ResponseTypes.instanceOf(BoardAsOf.class)).join().columns());
        }
    }

    private void showDetails(ConversionReport.Row row) {
        shownRow = row;
        showCohorts(row.value());
        timeInStage.setItems(row.stages());
        List<Loss> lost = new ArrayList<>();
        row.lostByReason().forEach((reason, count) -> lost.add(new Loss(getTranslation("loss." + reason.name()),
                                                                        Measure.LOST_REASON, reason.name(), count)));
        row.lostTo().forEach((location, count) -> lost.add(new Loss(getTranslation("conversion.lostTo", location),
                                                                    Measure.LOST_TO, location, count)));
        losses.setItems(lost);
    }

    /**
     * Lists the leads behind a figure of the year: on a past day, the leads the figure counted then (each shown as it
     * is now).
     */
    private void drillInto(String title, String value, Measure measure, String item) {
        YearMonth january = YearMonth.of(year.getValue(), 1);
        new LeadsBehindDialog(queries, title + filters.lookingBackTo(),
                              new FindConversionLeadsQuery(january, january.plusMonths(11), dimension.getValue(),
                                                           value, measure, item, asOf.getValue(), knowledge.getValue()),
                              lead -> true).open();
    }

    /** The monthly cohorts of the slice shown in the details (of everyone while the funnel has no row). */
    private void showCohorts(String value) {
        YearMonth january = YearMonth.of(year.getValue(), 1);
        ConversionDimension sliced = value == null ? ConversionDimension.ALL : dimension.getValue();
        String slice = value == null ? "*" : value;
        cohortsTitle.setText(getTranslation("conversion.cohorts") + " · "
                             + (value == null ? getTranslation("conversion.all") : valueLabel(value)));
        CohortReport report = queries.query(new FindCohortsQuery(january, january.plusMonths(11), sliced, slice,
                                                                 asOf.getValue(), knowledge.getValue()),
                                            ResponseTypes.instanceOf(CohortReport.class)).join();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Stage stage : List.of(Stage.LEAD, Stage.SITE_VISIT, Stage.INTENT, Stage.SIGNED)) {
            series.add(Map.of("type", "bar", "name", getTranslation("stage." + stage.name()),
                              "data", report.cohorts().stream()
                                            .map(cohort -> cohort.reached().getOrDefault(stage, 0L)).toList()));
        }
        cohorts.setOption(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(),
                                 "xAxis", Map.of("type", "category", "data", report.cohorts().stream()
                                                                                 .map(c -> c.identifiedIn().toString())
                                                                                 .toList()),
                                 "yAxis", Map.of("type", "value"), "series", series));
        cohorts.onClick((month, seriesName) -> Arrays.stream(Stage.values())
                .filter(stage -> getTranslation("stage." + stage.name()).equals(seriesName)).findFirst()
                .ifPresent(stage -> {
                    YearMonth identifiedIn = YearMonth.parse(month);
                    new LeadsBehindDialog(queries, seriesName + " · " + month + filters.lookingBackTo(),
                                          new FindConversionLeadsQuery(identifiedIn, identifiedIn, sliced, slice,
                                                                       Measure.COHORT_REACHED, stage.name(),
                                                                       asOf.getValue(), knowledge.getValue()),
                                          lead -> true).open();
                }));
    }

    private String valueLabel(String value) {
        if (value.equals("*")) {
            return getTranslation("conversion.all");
        }
        return switch (dimension.getValue()) {
            case AMBASSADOR -> ambassadorNames.getOrDefault(value, value);
            case OWNER -> people.nameOf(value);
            case MARKET, CHANNEL, INDUSTRY -> Translations.first(
                    getLocale(), dimension.getValue().name().toLowerCase(Locale.ROOT) + "." + value).orElse(value);
            default -> value;
        };
    }

    /** Entered · share advanced, and how many of them an import placed there without the gate's data. */
    String stageCell(ConversionReport.StageFigures figures) {
        String cell = figures.conversionToNext() == null ? String.valueOf(figures.entered())
                                                         : figures.entered() + " · " + percent(figures.conversionToNext());
        return figures.enteredAsRecorded() == 0 ? cell
                : cell + " " + getTranslation("conversion.asRecordedShort", figures.enteredAsRecorded());
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
    }

    private String days(Integer days) {
        return days == null ? "—" : getTranslation("conversion.days", days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conversion.title") + " · " + getTranslation("app.title");
    }
}
