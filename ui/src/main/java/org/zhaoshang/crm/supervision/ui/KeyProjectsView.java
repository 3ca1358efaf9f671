package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The key projects of a year, most urgent first, with their lights, stage, leader, department, last progress and
 * problems; filters by year, leader and light in the address ({@code /key-projects?leader=leader&light=RED}). Staff
 * and managers see every key project, a leader only theirs.
 */
@Route("key-projects")
@Menu(title = "nav.keyProjects", order = 5.85)
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class KeyProjectsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<Person> leader;
    final ComboBox<Light> light = new ComboBox<>();
    final Grid<KeyProjectRow> grid = new Grid<>();
    final Span count = new Span();
    private final QueryGateway queries;
    private final SupervisionWords words;
    private final AddressFilters filters;
    private final int thisYear = LocalDate.now(BureauTime.ZONE).getYear();
    private final Caller caller;

    public KeyProjectsView(QueryGateway queries, CurrentCaller current, PeopleDirectory directory) {
        this.queries = queries;
        caller = current.caller();
        words = new SupervisionWords(this, directory, queries);
        addClassName("key-projects-view");
        year.setLabel(getTranslation("supervision.filter.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setPlaceholder(String.valueOf(thisYear));
        year.setClearButtonVisible(true);
        leader = Leaders.chooser(directory, getTranslation("supervision.filter.leader"));
        leader.setVisible(caller.seesAllLeads());
        light.setLabel(getTranslation("supervision.filter.light"));
        light.setItems(Light.values());
        light.setItemLabelGenerator(value -> getTranslation("supervision.light." + value.name()));
        light.setClearButtonVisible(true);
        filters = new AddressFilters(this, "key-projects", this::refresh)
                .add("year", year, String::valueOf, text -> parseYear(text))
                .add("leader", leader, Person::username, username -> Leaders.find(leader, username))
                .add("light", light, Light::name, AddressFilters.constant(Light.class));
        FlexLayout bar = new FlexLayout(year, leader, light);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        columns(caller);
        grid.setEmptyStateText(getTranslation("empty.keyProjects"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        count.addClassName("key-projects-count");
        setSizeFull();
        add(new H2(getTranslation("supervision.title.keyProjects")), bar, count, grid);
    }

    private Optional<Integer> parseYear(String text) {
        try {
            int parsed = Integer.parseInt(text);
            return parsed >= 2000 && parsed <= 2100 ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void columns(Caller caller) {
        grid.addComponentColumn(row -> words.light(row.light())).setHeader(getTranslation("supervision.column.light"))
            .setAutoWidth(true).setFlexGrow(0).setKey("light");
        grid.addComponentColumn(row -> {
            Anchor link = new Anchor(KeyProjectView.href(row.year(), row.leadId()), row.company());
            link.addClassName("key-project-company");
            return link;
        }).setHeader(getTranslation("supervision.column.company")).setFlexGrow(3).setWidth("14em").setKey("company");
        grid.addColumn(row -> getTranslation("stage." + row.stage().name()))
            .setHeader(getTranslation("supervision.card.stage")).setAutoWidth(true).setKey("stage");
        if (caller.seesAllLeads()) {
            grid.addColumn(row -> words.person(row.leader())).setHeader(getTranslation("supervision.card.leader"))
                .setAutoWidth(true).setKey("leader");
        }
        grid.addColumn(row -> words.department(row.department()))
            .setHeader(getTranslation("supervision.card.department")).setWidth("12em").setFlexGrow(1)
            .setKey("department");
        grid.addColumn(row -> row.lastProgressOn() == null
                              ? getTranslation("supervision.column.noProgress", row.daysWithoutProgress())
                              : getTranslation("supervision.column.progress", words.date(row.lastProgressOn()),
                                               row.daysWithoutProgress()))
            .setHeader(getTranslation("supervision.card.lastProgress")).setAutoWidth(true).setKey("progress");
        grid.addColumn(row -> getTranslation("supervision.card.problemCounts", row.openProblems(),
                                             row.overdueProblems(), row.redProblems()))
            .setHeader(getTranslation("supervision.card.problems")).setAutoWidth(true).setKey("problems");
        grid.addColumn(row -> row.reasons().stream().map(reason -> words.reason(reason, Map.of()))
                                 .reduce((a, b) -> a + getTranslation("list.separator") + b).orElse(""))
            .setHeader(getTranslation("supervision.column.reasons")).setWidth("18em").setFlexGrow(3)
            .setKey("reasons");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
    }

    void refresh() {
        // a leader sees their own: another leader named in the address does not count
        String whose = leader.getValue() == null || !caller.seesAllLeads() ? null : leader.getValue().username();
        KeyProjectList list = queries.query(new FindKeyProjectsQuery(year.getValue(), whose,
                                                                     light.getValue(), null, null),
                                            ResponseTypes.instanceOf(KeyProjectList.class)).join();
        List<KeyProjectRow> rows = list == null ? List.of() : list.rows();
        grid.setItems(rows);
        count.setText(getTranslation("supervision.count", rows.size(),
                                     rows.stream().filter(row -> row.light() == Light.RED).count(),
                                     rows.stream().filter(row -> row.light() == Light.YELLOW).count(),
                                     rows.stream().filter(row -> row.light() == Light.GREEN).count()));
    }

    /** The filters as the address holds them. */
    QueryParameters address() {
        return filters.parameters();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title.keyProjects") + " · " + getTranslation("app.title");
    }
}
