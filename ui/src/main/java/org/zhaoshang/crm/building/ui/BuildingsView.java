package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.query.BuildingList;
import org.zhaoshang.crm.building.api.query.BuildingRow;
import org.zhaoshang.crm.building.api.query.FindBuildingsQuery;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The building library: each building with its zone, tier, vacancy, the year's tax and tax per m², and its building
 * manager; filters by zone, tier, year, text and "my buildings", kept in the address
 * ({@code /buildings?zone=FINANCIAL_CITY_CLUSTER&tier=YI&year=2026}, as the space dashboard links here). Rows become
 * cards on a phone. Managers register buildings here.
 */
@Route("buildings")
@Menu(title = "nav.buildings", order = 6.5)
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class BuildingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "buildings";
    private static final int MAX_TEXT = 100;

    final ComboBox<TargetZone> zone = new ComboBox<>();
    final ComboBox<TaxTier> tier = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final TextField text = new TextField();
    final Checkbox mine = new Checkbox();
    final Button register = new Button();
    final Div list = new Div();
    final Span count = new Span();
    private final QueryGateway queries;
    private final CommandSender sender;
    private final PeopleDirectory directory;
    private final BuildingWords words = new BuildingWords(this);
    private final int thisYear = LocalDate.now(BureauTime.ZONE).getYear();
    private boolean restoring;
    private List<BuildingRow> shown = List.of();
    private Registration widthFollower;

    public BuildingsView(QueryGateway queries, CommandGateway commands, CurrentCaller current,
                         PeopleDirectory directory) {
        this.queries = queries;
        this.directory = directory;
        this.sender = new CommandSender(commands, this, this::refresh);
        Caller caller = current.caller();
        addClassName("buildings-view");
        zone.setLabel(getTranslation("building.filter.zone"));
        zone.setItems(TargetZone.values());
        zone.setItemLabelGenerator(value -> getTranslation("zone." + value.name()));
        zone.setClearButtonVisible(true);
        zone.addClassName("wide-filter");
        tier.setLabel(getTranslation("building.filter.tier"));
        tier.setItems(List.of(TaxTier.MONTHLY_YI, TaxTier.YI, TaxTier.NEAR_YI, TaxTier.TEN_MILLION));
        tier.setItemLabelGenerator(value -> getTranslation("building.tier.atLeast." + value.name()));
        tier.setClearButtonVisible(true);
        tier.addClassName("wide-filter");
        year.setLabel(getTranslation("building.filter.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setPlaceholder(String.valueOf(thisYear));
        year.setClearButtonVisible(true);
        text.setLabel(getTranslation("building.filter.text"));
        text.setPlaceholder(getTranslation("building.filter.textHint"));
        text.setMaxLength(MAX_TEXT);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        mine.setLabel(getTranslation("building.filter.mine"));
        List.<HasValue<?, ?>>of(zone, tier, year, text, mine).forEach(field -> field.addValueChangeListener(
                change -> {
                    if (!restoring) {
                        writeAddress();
                        refresh();
                    }
                }));
        FlexLayout bar = new FlexLayout(zone, tier, year, text, mine);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.addClassName("buildings-filters");
        register.setText(getTranslation("building.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setVisible(caller.has(Role.MANAGER));
        register.addClickListener(click -> openRegister());
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("building.list.title")), register);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("buildings-heading");
        count.addClassName("buildings-count");
        list.addClassName("building-list");
        setWidthFull();
        add(heading, bar, count, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> address = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            zone.setValue(parameter(address, "zone").flatMap(name -> constant(TargetZone.class, name)).orElse(null));
            tier.setValue(parameter(address, "tier").flatMap(name -> constant(TaxTier.class, name))
                                                    .filter(value -> value != TaxTier.NONE).orElse(null));
            year.setValue(parameter(address, "year").flatMap(this::parseYear).orElse(null));
            text.setValue(parameter(address, "text").map(value -> value.length() > MAX_TEXT
                                                                  ? value.substring(0, MAX_TEXT) : value)
                                                    .orElse(""));
            mine.setValue(parameter(address, "mine").map("true"::equals).orElse(false));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static Optional<String> parameter(Map<String, List<String>> address, String name) {
        List<String> values = address.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private Optional<Integer> parseYear(String value) {
        try {
            int parsed = Integer.parseInt(value);
            return parsed >= 2000 && parsed <= thisYear ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The filters as the address holds them. */
    QueryParameters address() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (zone.getValue() != null) {
            parameters.put("zone", List.of(zone.getValue().name()));
        }
        if (tier.getValue() != null) {
            parameters.put("tier", List.of(tier.getValue().name()));
        }
        if (year.getValue() != null) {
            parameters.put("year", List.of(String.valueOf(year.getValue())));
        }
        if (!text.getValue().isBlank()) {
            parameters.put("text", List.of(text.getValue().strip()));
        }
        if (mine.getValue()) {
            parameters.put("mine", List.of("true"));
        }
        return new QueryParameters(parameters);
    }

    private void writeAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, address())));
    }

    void refresh() {
        String typed = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        BuildingList found = queries.query(new FindBuildingsQuery(zone.getValue(), tier.getValue(), typed,
                                                                  year.getValue(), mine.getValue()),
                                           ResponseTypes.instanceOf(BuildingList.class)).join();
        shown = found == null ? List.of() : found.buildings();
        int listYear = found == null ? thisYear : found.year();
        list.removeAll();
        if (shown.isEmpty()) {
            Span empty = new Span(getTranslation("building.list.empty"));
            empty.addClassName("building-list-empty");
            list.add(empty);
        } else {
            list.add(header(listYear));
            shown.forEach(row -> list.add(row(row)));
        }
        count.setText(getTranslation("building.list.count", shown.size(), String.valueOf(listYear)));
    }

    /** The buildings the list shows, in its order. */
    List<BuildingRow> rows() {
        return shown;
    }

    private Component header(int listYear) {
        Div header = new Div(cell("name", new Span(getTranslation("building.column.name"))),
                             cell("zone", new Span(getTranslation("building.column.zone"))),
                             cell("tier", new Span(getTranslation("building.column.tier"))),
                             cell("vacancy", new Span(getTranslation("building.column.vacancy"))),
                             cell("tax", new Span(getTranslation("building.column.tax", String.valueOf(listYear)))),
                             cell("per-m2", new Span(getTranslation("building.column.perM2"))),
                             cell("manager", new Span(getTranslation("building.column.manager"))));
        header.addClassNames("building-row", "building-row-header");
        return header;
    }

    private Component row(BuildingRow building) {
        Anchor name = new Anchor(BuildingView.href(building.buildingId()),
                                 words.name(building.nameZh(), building.nameEn()));
        name.addClassName("building-name");
        Div row = new Div(cell("name", name),
                          cell("zone", new Span(getTranslation("zone." + building.zone().name()))),
                          cell("tier", words.tier(building.tier())),
                          cell("vacancy", words.vacancyBar(building.vacancy() == null ? null
                                                           : building.vacancy().vacancyRate())),
                          labelled("tax", "building.column.taxShort", words.tax(building.taxWan())),
                          labelled("per-m2", "building.column.perM2", words.perM2(building.taxPerM2Yuan())),
                          labelled("manager", "building.column.manager",
                                   building.managerName() == null ? "—" : building.managerName()));
        row.addClassName("building-row");
        row.getElement().setAttribute("data-building", building.buildingId());
        return row;
    }

    private static Div cell(String name, Component content) {
        Div cell = new Div(content);
        cell.addClassNames("building-cell", "building-cell-" + name);
        return cell;
    }

    /** A figure with its label, which only the phone's cards show. */
    private Div labelled(String name, String label, String value) {
        Span caption = new Span(getTranslation(label));
        caption.addClassName("building-cell-label");
        Span figure = new Span(value);
        figure.addClassName("building-cell-value");
        Div cell = new Div(caption, figure);
        cell.addClassNames("building-cell", "building-cell-" + name);
        return cell;
    }

    void openRegister() {
        BuildingForm form = new BuildingForm(directory, true);
        String buildingId = UUID.randomUUID().toString();
        CommandDialog dialog = new CommandDialog(
                getTranslation("building.register"), form,
                () -> sender.send(new RegisterBuildingCommand(buildingId, form.profile()), form.errors()),
                () -> {
                    Toast.done(getTranslation("building.registered", form.nameZh.getValue()));
                    ReadModelLag.changedFrom(null, () -> BuildingView.find(queries, buildingId));
                    getUI().ifPresent(ui -> ui.navigate(BuildingView.class,
                                                        new RouteParameters("buildingId", buildingId)));
                });
        dialog.addClassName("register-building-dialog");
        dialog.open();
    }

    /** Lays the list out for a window this wide (cards below {@value PhoneWidth#PHONE} px). */
    void fit(int width) {
        PhoneWidth.fit(this, width);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        widthFollower = PhoneWidth.follow(attachEvent.getUI(), this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (widthFollower != null) {
            widthFollower.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("building.list.title") + " · " + getTranslation("app.title");
    }
}
