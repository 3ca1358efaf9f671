package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.ui.LookBackFilters;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.FindPerformanceProjectsQuery;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceProjects;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.BureauFormats;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How the signed projects keep their promises (签约项目履约), for managers: the rates of a year's signings per slice,
 * the stuck projects, and promised against actual, at any past day as known now or as known then; every figure opens
 * the projects behind it. The filters are in the address ({@code ?year=&dimension=&asOf=&knowledge=}): a link or a
 * reload shows the same figures.
 */
@Route("performance")
@Menu(title = "nav.performance", order = 2.5)
@RolesAllowed("MANAGER")
public class PerformanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The year field's value for every year of signing. */
    static final String EVERY_YEAR = "all";

    final ComboBox<Integer> year = new ComboBox<>();
    final LookBackFilters filters;
    final ComboBox<ConversionDimension> dimension;
    final BureauDatePicker asOf;
    final ComboBox<Knowledge> knowledge;
    final Paragraph empty = new Paragraph();
    final RatesSection rates;
    final PromisedSection promised;
    final StuckSection stuck;
    private final QueryGateway queries;
    private final PeopleDirectory people;
    private final SliceLabels slices;
    private final int thisYear;

    public PerformanceView(QueryGateway queries, PeopleDirectory people) {
        this.queries = queries;
        this.people = people;
        this.slices = new SliceLabels(queries, people, this);
        this.thisYear = Year.now(BureauTime.ZONE).getValue();
        addClassName("performance-view");
        year.setLabel(getTranslation("performance.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setPlaceholder(getTranslation("performance.year.every"));
        year.setClearButtonVisible(true);
        year.setValue(thisYear);
        filters = new LookBackFilters("performance", "performance.asOf.help", year, 0, this::addressParameters,
                                      this::refresh);
        dimension = filters.dimension;
        asOf = filters.asOf;
        knowledge = filters.knowledge;
        empty.addClassName("performance-empty");
        rates = new RatesSection(this::openProjects);
        promised = new PromisedSection(this::openProjects);
        stuck = new StuckSection(people);
        add(new H2(getTranslation("performance.title")), filters, empty, rates, promised, stuck);
    }

    /** Shows the figures the address asks for; what it asks for but cannot be is left at its default. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        filters.restoring(() -> {
            year.setValue(LookBackFilters.first(parameters, "year").filter(EVERY_YEAR::equals).isPresent() ? null
                          : LookBackFilters.recentYear(parameters, thisYear).orElse(thisYear));
            filters.restoreDimension(parameters);
            filters.restoreLookBack(parameters);
        });
        refresh();
    }

    QueryParameters addressParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (year.getValue() == null) {
            parameters.put("year", List.of(EVERY_YEAR));
        } else if (year.getValue() != thisYear) {
            parameters.put("year", List.of(String.valueOf(year.getValue())));
        }
        filters.addDimensionTo(parameters);
        filters.addLookBackTo(parameters);
        return new QueryParameters(parameters);
    }

    void refresh() {
        ConversionDimension sliced = dimension.getValue() == null ? ConversionDimension.MARKET : dimension.getValue();
        PerformanceReport report = queries.query(new FindPerformanceQuery(year.getValue(), sliced, asOf.getValue(),
                                                                          knowledge.getValue()),
                                                 ResponseTypes.instanceOf(PerformanceReport.class)).join();
        List<PerformanceReport.Row> rows = report == null ? List.of()
                : report.rows().stream().filter(row -> row.projects() > 0).toList();
        boolean nothingSigned = rows.isEmpty();
        empty.setVisible(nothingSigned);
        empty.setText(year.getValue() == null
                      ? getTranslation("performance.empty.every")
                      : getTranslation("performance.empty.year", String.valueOf(year.getValue())));
        rates.setVisible(!nothingSigned);
        promised.setVisible(!nothingSigned);
        rates.show(rows, value -> slices.of(sliced, value));
        promised.show(rows, value -> slices.of(sliced, value));
        StuckProjects stuckProjects = queries.query(new FindStuckProjectsQuery(null, asOf.getValue(),
                                                                               knowledge.getValue()),
                                                    ResponseTypes.instanceOf(StuckProjects.class)).join();
        stuck.show(stuckProjects == null ? new StuckProjects(null, asOf.getValue(), List.of()) : stuckProjects);
    }

    /** Opens the projects behind a part of a rate of a slice, as the figure counted them. */
    ProjectCards<PerformanceProjects.ProjectRow> openProjects(String value, Rate rate, FigurePart part) {
        ConversionDimension sliced = dimension.getValue() == null ? ConversionDimension.MARKET : dimension.getValue();
        PerformanceProjects projects = queries.query(new FindPerformanceProjectsQuery(year.getValue(), sliced, value,
                                                                                      rate, part, asOf.getValue(),
                                                                                      knowledge.getValue()),
                                                     ResponseTypes.instanceOf(PerformanceProjects.class)).join();
        String title = getTranslation("performance.rate." + rate.name()) + " · "
                       + getTranslation(part == FigurePart.NUMERATOR ? "performance.part.counted"
                                                                      : "performance.part.due")
                       + " · " + slices.of(sliced, value) + filters.lookingBackTo();
        ProjectCards<PerformanceProjects.ProjectRow> dialog = new ProjectCards<>(
                title, projects == null ? List.of() : projects.projects(), PerformanceProjects.ProjectRow::leadId,
                PerformanceProjects.ProjectRow::companyName, this::facts);
        dialog.open();
        return dialog;
    }

    /** What a card says of a project behind a figure: kind, signing, owner and leader, capital, on time or late. */
    String facts(PerformanceProjects.ProjectRow row) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("performance.kind." + row.kind().name()));
        facts.add(getTranslation("performance.signedOn", BureauFormats.date(row.signedOn(), getLocale())));
        facts.add(getTranslation("performance.owner", people.nameOf(row.owner())));
        facts.add(getTranslation("performance.leader", row.responsibleLeader() == null
                                                        ? getTranslation("performance.nobody")
                                                        : people.nameOf(row.responsibleLeader())));
        facts.add(getTranslation("performance.capital.row", Figures.amount(row.capitalVerifiedWan(), this),
                                 Figures.amount(row.capitalDueWan(), this)));
        facts.add(getTranslation(row.metOnTime() ? "performance.onTime" : "performance.late"));
        facts.addAll(daysOf(row));
        return String.join(" · ", facts);
    }

    /** The commitment the rate looks at: what, promised, reached (or not yet), late, overdue or on time. */
    private List<String> daysOf(PerformanceProjects.ProjectRow row) {
        if (row.promisedOn() == null) {
            return List.of();
        }
        List<String> days = new ArrayList<>();
        days.add(row.milestone() == null ? getTranslation("performance.step.capital")
                                         : getTranslation("performance.milestone." + row.milestone().name()));
        days.add(getTranslation("performance.promisedOn", BureauFormats.date(row.promisedOn(), getLocale())));
        days.add(row.actualOn() == null ? getTranslation("performance.drill.notYet")
                                        : getTranslation("performance.drill.actualOn",
                                                         BureauFormats.date(row.actualOn(), getLocale())));
        if (row.daysLate() > 0) {
            days.add(getTranslation(row.actualOn() == null ? "performance.daysOverdue" : "project.timeline.late",
                                    row.daysLate()));
        } else if (row.actualOn() != null) {
            days.add(getTranslation("project.timeline.onTime"));
        }
        return days;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("performance.title") + " · " + getTranslation("app.title");
    }
}
