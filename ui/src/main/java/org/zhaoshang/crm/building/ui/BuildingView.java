package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.ChangeBuildingProfileCommand;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.FindBuildingQuery;
import org.zhaoshang.crm.building.api.query.UnitView;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.problem.Problems;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A building's page: its profile and vacancy, the stacking plan (click a unit for its history and what may be done
 * with it), its tax by year, and the sections other features add (the leads that would fit it). What the caller may
 * change is the backend's answer ({@code mayChange}, {@code mayLet}).
 */
@Route("buildings/:buildingId")
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class BuildingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div badges = new Div();
    final Div profileCard = new Div();
    final Div vacancyCard = new Div();
    final Button editProfile = new Button();
    final Button addUnit = new Button();
    final StackingPlan plan;
    final TaxPanel tax;
    final List<Component> added;
    UnitDialog unitDialog;
    private final QueryGateway queries;
    private final CommandSender sender;
    private final PeopleDirectory directory;
    private final Caller caller;
    private final BuildingWords words = new BuildingWords(this);
    private String buildingId;
    private BuildingDetail detail;
    private Registration widthFollower;
    private final ObjectProvider<BuildingPanel> panels;

    public BuildingView(QueryGateway queries, CommandGateway commands, CurrentCaller current,
                        PeopleDirectory directory, ObjectProvider<BuildingPanel> panels) {
        this.queries = queries;
        this.directory = directory;
        this.panels = panels;
        this.caller = current.caller();
        this.sender = new CommandSender(commands, this, this::reload);
        addClassName("building-view");
        plan = new StackingPlan(words, this::openUnit);
        tax = new TaxPanel(words, sender, caller.has(Role.MANAGER), () -> detail, this::reloadChanged);
        added = new java.util.ArrayList<>();
        Anchor back = new Anchor(BuildingsView.ROUTE, getTranslation("building.back"));
        back.addClassName("building-back");
        badges.addClassName("building-badges");
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("building-heading");
        heading.getStyle().set("flex-wrap", "wrap");
        editProfile.setText(getTranslation("building.edit"));
        editProfile.setIcon(VaadinIcon.EDIT.create());
        editProfile.addClickListener(click -> openEditProfile());
        profileCard.addClassNames("building-card", "building-profile");
        vacancyCard.addClassNames("building-card", "building-vacancy");
        Div cards = new Div(profileCard, vacancyCard);
        cards.addClassName("building-cards");
        addUnit.setText(getTranslation("building.unit.add"));
        addUnit.setIcon(VaadinIcon.PLUS.create());
        addUnit.addClickListener(click -> openAddUnit());
        HorizontalLayout planHeading = new HorizontalLayout(new H3(getTranslation("building.plan.title")), addUnit);
        planHeading.setAlignItems(Alignment.BASELINE);
        setWidthFull();
        add(back, heading, cards, planHeading, plan, tax);
    }

    /** The address of a building's page. */
    static String href(String buildingId) {
        return BuildingsView.ROUTE + "/" + buildingId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        buildingId = event.getRouteParameters().get("buildingId").orElseThrow(NotFoundException::new);
        if (load() == null) {
            throw new NotFoundException();
        }
        if (added.isEmpty()) {
            panels.orderedStream().map(panel -> panel.create(buildingId)).forEach(component -> {
                added.add(component);
                add(component);
            });
        }
    }

    private BuildingDetail read() {
        return find(queries, buildingId);
    }

    /** The building, or null when there is none of this id (yet: a read side follows a moment later). */
    static BuildingDetail find(QueryGateway queries, String buildingId) {
        try {
            return queries.query(new FindBuildingQuery(buildingId), ResponseTypes.instanceOf(BuildingDetail.class))
                          .join();
        } catch (RuntimeException failure) {
            if (Problems.of(failure).status() == 404) {
                return null;
            }
            throw failure;
        }
    }

    private BuildingDetail load() {
        detail = read();
        if (detail != null) {
            show(detail);
        }
        return detail;
    }

    void reload() {
        load();
    }

    /** After a change: reads until the building's version moved (the read side follows a moment later). */
    void reloadChanged() {
        BuildingDetail now = ReadModelLag.changedFrom(detail, this::read);
        if (now != null) {
            detail = now;
            show(now);
        }
    }

    BuildingDetail detail() {
        return detail;
    }

    private void show(BuildingDetail building) {
        BuildingProfile profile = building.profile();
        title.setText(words.name(profile.nameZh(), profile.nameEn()));
        badges.removeAll();
        Span kind = new Span(getTranslation("building.kind." + profile.kind().name()));
        kind.addClassName("kind-badge");
        badges.add(kind);
        if (!building.taxYears().isEmpty()) {
            badges.add(words.tier(building.taxYears().get(0).tier()));
        }
        showProfile(building);
        showVacancy(building.vacancy());
        editProfile.setVisible(building.mayChange());
        addUnit.setVisible(building.mayChange());
        plan.show(building.floors());
        tax.show(building);
    }

    private void showProfile(BuildingDetail building) {
        BuildingProfile profile = building.profile();
        profileCard.removeAll();
        String otherName = words.english() ? profile.nameZh() : profile.nameEn();
        if (otherName != null && !otherName.isBlank() && !otherName.equals(title.getText())) {
            profileCard.add(fact("building.field.otherName", otherName));
        }
        profileCard.add(fact("building.field.zone", getTranslation("zone." + profile.zone().name())));
        profileCard.add(fact("building.field.address", orDash(profile.address())));
        profileCard.add(fact("building.field.operator", orDash(profile.operator())));
        profileCard.add(fact("building.field.manager", building.managerName() == null
                                                       ? getTranslation("building.noManager")
                                                       : building.managerName()));
        profileCard.add(fact("building.field.totalArea", words.area(profile.totalAreaM2())));
        profileCard.add(fact("building.field.commercialArea", words.area(profile.commercialAreaM2())));
        profileCard.add(fact("building.field.floors", getTranslation("building.floors", profile.floorsAbove(),
                                                                     profile.floorsBelow())));
        profileCard.add(fact("building.field.themes", profile.themes().isEmpty() ? "—"
                : profile.themes().stream().map(theme -> getTranslation("industry." + theme.name()))
                         .sorted().collect(Collectors.joining(getTranslation("list.separator")))));
        profileCard.add(editProfile);
    }

    private void showVacancy(Vacancy vacancy) {
        vacancyCard.removeAll();
        vacancyCard.add(new H3(getTranslation("building.vacancy.title")));
        if (vacancy == null) {
            return;
        }
        vacancyCard.add(words.vacancyBar(vacancy.vacancyRate()));
        vacancyCard.add(fact("building.vacancy.vacant", words.area(vacancy.vacantAreaM2())));
        vacancyCard.add(fact("building.vacancy.reserved", words.area(vacancy.reservedAreaM2())));
        vacancyCard.add(fact("building.vacancy.let", words.area(vacancy.letAreaM2())));
        vacancyCard.add(fact("building.vacancy.commercial", words.area(vacancy.commercialAreaM2())));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private Div fact(String label, String value) {
        Span caption = new Span(getTranslation(label));
        caption.addClassName("fact-label");
        Span shown = new Span(value);
        shown.addClassName("fact-value");
        Div fact = new Div(caption, shown);
        fact.addClassName("fact");
        return fact;
    }

    void openUnit(UnitView unit) {
        unitDialog = new UnitDialog(detail, unit, caller, queries, sender, words, this::reloadChanged);
        unitDialog.open();
    }

    /** The unit of this number on the plan as last shown. */
    UnitView unit(String number) {
        return detail.floors().stream().flatMap(floor -> floor.units().stream())
                     .filter(unit -> Objects.equals(unit.layout().number(), number)).findFirst().orElseThrow();
    }

    void openEditProfile() {
        BuildingForm form = new BuildingForm(directory, caller.has(Role.MANAGER));
        form.show(detail.profile());
        CommandDialog dialog = new CommandDialog(getTranslation("building.edit"), form,
                () -> sender.send(new ChangeBuildingProfileCommand(buildingId, form.profile(), detail.version()),
                                  form.errors()), this::reloadChanged);
        dialog.addClassName("edit-building-dialog");
        dialog.open();
    }

    void openAddUnit() {
        UnitForm form = new UnitForm();
        String unitId = UUID.randomUUID().toString();
        CommandDialog dialog = new CommandDialog(getTranslation("building.unit.add"), form,
                () -> sender.send(new AddUnitCommand(buildingId, unitId, form.layout(), detail.version()),
                                  form.errors()), this::reloadChanged);
        dialog.addClassName("add-unit-dialog");
        dialog.open();
    }

    /** Lays the page out for a window this wide (floors scroll sideways below {@value PhoneWidth#PHONE} px). */
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
        return (detail == null ? getTranslation("building.list.title") : title.getText()) + " · "
               + getTranslation("app.title");
    }
}
