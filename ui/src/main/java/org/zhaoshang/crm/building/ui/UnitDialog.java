package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.building.api.command.ChangeUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.command.VacateUnitCommand;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.FindUnitHistoryQuery;
import org.zhaoshang.crm.building.api.query.UnitHistory;
import org.zhaoshang.crm.building.api.query.UnitView;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One unit: its figures, who is in it, its history in words, and what the caller may do with it: change it, reserve
 * it for a lead, release the reservation, let it (with adjacent units of its floor), vacate it. Which actions show
 * follows the building's {@code mayChange} and {@code mayLet}; staff may also reserve for leads they may change (the
 * backend decides and says why not).
 */
final class UnitDialog extends Dialog {

    final Button edit = new Button();
    final Button reserve = new Button();
    final Button release = new Button();
    final Button let = new Button();
    final Button vacate = new Button();
    final UnorderedList history = new UnorderedList();
    private final BuildingDetail building;
    private final UnitView unit;
    private final QueryGateway queries;
    private final CommandSender sender;
    private final BuildingWords words;
    private final Runnable afterwards;

    UnitDialog(BuildingDetail building, UnitView unit, Caller caller, QueryGateway queries, CommandSender sender,
               BuildingWords words, Runnable afterwards) {
        this.building = building;
        this.unit = unit;
        this.queries = queries;
        this.sender = sender;
        this.words = words;
        this.afterwards = afterwards;
        addClassName("unit-dialog");
        setHeaderTitle(getTranslation("building.unit.title", words.floor(unit.layout().floor()),
                                      unit.layout().number()));
        add(facts(), actions(caller), historySection());
        Button close = new Button(getTranslation("building.close"), click -> close());
        getFooter().add(close);
        setMaxWidth("40em");
        setWidth("calc(100vw - 2em)");
    }

    private Div facts() {
        Div facts = new Div();
        facts.addClassName("unit-facts");
        Span status = new Span(getTranslation("building.unit.status." + unit.status().name()));
        status.addClassNames("unit-status-badge", StackingPlan.statusClass(unit.status()));
        facts.add(fact("building.unit.status", status));
        facts.add(fact("building.unit.area", new Span(words.area(unit.layout().areaM2()))));
        facts.add(fact("building.unit.askingRent", new Span(words.rent(unit.layout().askingRentYuanPerM2Day()))));
        if (unit.status() == UnitStatus.RESERVED) {
            facts.add(fact("building.unit.reservedFor", leadName(unit.reservedFor(), unit.reservedForName())));
            facts.add(fact("building.unit.reservedUntil", new Span(words.date(unit.reservedUntil()))));
        }
        if (unit.status() == UnitStatus.LET && unit.tenant() != null) {
            facts.add(fact("building.unit.tenant", leadName(unit.tenant().leadId(), unit.tenant().companyName())));
            facts.add(fact("building.unit.letFrom", new Span(words.date(unit.letFrom()))));
            facts.add(fact("building.unit.rent", new Span(words.rent(unit.rentYuanPerM2Day()))));
        }
        return facts;
    }

    private Div fact(String label, com.vaadin.flow.component.Component value) {
        Span caption = new Span(getTranslation(label));
        caption.addClassName("fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("fact");
        return fact;
    }

    /** A company, linked to its lead when the caller may see the lead. */
    private com.vaadin.flow.component.Component leadName(String leadId, String name) {
        String shown = name == null ? getTranslation("building.unit.hiddenLead") : name;
        return leadId == null ? new Span(shown) : new Anchor("leads/" + leadId, shown);
    }

    private Div actions(Caller caller) {
        boolean staff = caller.has(Role.STAFF) || caller.has(Role.MANAGER);
        boolean mayReserve = building.mayLet() || staff;
        edit.setText(getTranslation("building.unit.edit"));
        edit.setVisible(building.mayChange());
        edit.addClickListener(click -> openEdit());
        reserve.setText(getTranslation("building.unit.reserve"));
        reserve.setVisible(mayReserve && unit.status() == UnitStatus.VACANT);
        reserve.addClickListener(click -> openReserve());
        release.setText(getTranslation("building.unit.release"));
        release.setVisible(mayReserve && unit.status() == UnitStatus.RESERVED && unit.reservedFor() != null);
        release.addClickListener(click -> openRelease());
        let.setText(getTranslation("building.unit.let"));
        let.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        let.setVisible((building.mayLet() && unit.status() != UnitStatus.LET)
                       || (staff && unit.status() == UnitStatus.RESERVED && unit.reservedFor() != null));
        let.addClickListener(click -> openLet());
        vacate.setText(getTranslation("building.unit.vacate"));
        vacate.setVisible(building.mayChange() && unit.status() == UnitStatus.LET);
        vacate.addClickListener(click -> openVacate());
        Div actions = new Div(let, reserve, release, vacate, edit);
        actions.addClassName("unit-actions");
        return actions;
    }

    private Div historySection() {
        history.addClassName("unit-history");
        UnitHistory found = queries.query(new FindUnitHistoryQuery(building.buildingId(), unit.unitId()),
                                          ResponseTypes.instanceOf(UnitHistory.class))
                                   .exceptionally(failure -> null).join();
        List<UnitHistory.Entry> entries = found == null ? List.of() : found.entries();
        entries.forEach(entry -> {
            Span when = new Span(words.date(entry.on()));
            when.addClassName("history-on");
            Span who = new Span(entry.byName() == null ? entry.by() : entry.byName());
            who.addClassName("history-by");
            Span what = new Span(said(entry));
            what.addClassName("history-what");
            history.add(new ListItem(when, who, what));
        });
        if (entries.isEmpty()) {
            history.add(new ListItem(getTranslation("building.unit.noHistory")));
        }
        return new Div(new H4(getTranslation("building.unit.history")), history);
    }

    /** What a fact says, in the UI's language. */
    String said(UnitHistory.Entry entry) {
        String lead = entry.leadName() == null ? getTranslation("building.unit.hiddenLead") : entry.leadName();
        String tenant = entry.tenant() == null ? "—" : entry.tenant().companyName();
        return switch (entry.change()) {
            case ADDED -> getTranslation("building.history.ADDED", layout(entry));
            case CHANGED -> getTranslation("building.history.CHANGED", layout(entry));
            case RESERVED -> getTranslation("building.history.RESERVED", lead, words.date(entry.day()));
            case RESERVATION_ENDED -> getTranslation("building.history.RESERVATION_ENDED", lead,
                                                     getTranslation("building.reservationEnd." + (
                                                             entry.ended() == null ? ReservationEnd.RELEASED
                                                                                   : entry.ended()).name()));
            case LET -> getTranslation("building.history.LET", tenant, words.date(entry.day()));
            case VACATED -> getTranslation("building.history.VACATED", tenant, words.date(entry.day()));
        };
    }

    private String layout(UnitHistory.Entry entry) {
        return entry.layout() == null ? "" : words.floor(entry.layout().floor()) + " " + entry.layout().number()
                                             + " · " + words.area(entry.layout().areaM2());
    }

    private LocalDate today() {
        return LocalDate.now(BureauTime.ZONE);
    }

    /** The other units of this floor that could be taken together with this one. */
    private MultiSelectComboBox<UnitView> together(Set<UnitStatus> statuses) {
        MultiSelectComboBox<UnitView> with = new MultiSelectComboBox<>(getTranslation("building.unit.together"));
        with.addClassName("together-units");
        with.setItems(building.floors().stream().filter(floor -> floor.floor() == unit.layout().floor())
                              .flatMap(floor -> floor.units().stream())
                              .filter(other -> !other.unitId().equals(unit.unitId())
                                               && statuses.contains(other.status()))
                              .sorted(Comparator.comparingInt(other -> other.layout().position())).toList());
        with.setItemLabelGenerator(other -> other.layout().number() + " · " + words.area(other.layout().areaM2()));
        with.setHelperText(getTranslation("building.unit.togetherHelp"));
        return with;
    }

    private static List<String> ids(Set<UnitView> units) {
        return units.stream().sorted(Comparator.comparingInt(other -> other.layout().position()))
                    .map(UnitView::unitId).toList();
    }

    private void done() {
        close();
        afterwards.run();
    }

    void openEdit() {
        UnitForm form = new UnitForm();
        form.show(unit.layout());
        open(new CommandDialog(getTranslation("building.unit.edit"), form,
                               () -> sender.send(new ChangeUnitCommand(building.buildingId(), unit.unitId(),
                                                                       form.layout(), building.version()),
                                                 form.errors()), this::done), "edit-unit-dialog");
    }

    void openReserve() {
        LeadPicker lead = new LeadPicker(queries, getTranslation("building.unit.lead"));
        lead.setRequired(true);
        BureauDatePicker until = new BureauDatePicker(getTranslation("building.unit.until"));
        until.setMin(today());
        until.setMax(today().plusDays(ReserveUnitCommand.MAX_DAYS));
        until.setValue(today().plusDays(ReserveUnitCommand.DEFAULT_DAYS));
        MultiSelectComboBox<UnitView> with = together(Set.of(UnitStatus.VACANT));
        FormLayout form = new FormLayout(lead, until, with);
        FieldErrors errors = new FieldErrors().field("leadId", lead).field("until", until).field("withUnits", with);
        open(new CommandDialog(getTranslation("building.unit.reserve"), form, () -> {
            if (lead.getValue() == null) {
                lead.setErrorMessage(getTranslation("building.unit.leadRequired"));
                lead.setInvalid(true);
                return false;
            }
            return sender.send(new ReserveUnitCommand(building.buildingId(), unit.unitId(), ids(with.getValue()),
                                                      lead.getValue().leadId(), until.getValue(),
                                                      building.version()), errors);
        }, this::done), "reserve-unit-dialog");
    }

    void openRelease() {
        FormLayout form = new FormLayout(new Span(getTranslation("building.unit.releaseConfirm",
                                                                 unit.reservedForName())));
        open(new CommandDialog(getTranslation("building.unit.release"), form,
                               () -> sender.send(new ReleaseReservationCommand(
                                       building.buildingId(), unit.unitId(), unit.reservedFor(),
                                       ReservationEnd.RELEASED, building.version()), null), this::done),
             "release-unit-dialog");
    }

    void openLet() {
        RadioButtonGroup<Boolean> ours = new RadioButtonGroup<>(getTranslation("building.unit.tenantKind"));
        ours.setItems(true, false);
        ours.setItemLabelGenerator(value -> getTranslation(value ? "building.unit.tenantOurs"
                                                                 : "building.unit.tenantOther"));
        LeadPicker lead = new LeadPicker(queries, getTranslation("building.unit.lead"));
        ComboBox<ProjectView> project = new ComboBox<>(getTranslation("building.unit.project"));
        project.setItemLabelGenerator(signed -> signed.agreement() == null ? signed.projectId()
                : getTranslation("building.unit.projectSigned", words.date(signed.agreement().signedOn()),
                                 signed.agreement().reference() == null ? "" : signed.agreement().reference()));
        project.setClearButtonVisible(true);
        TextField company = new TextField(getTranslation("building.unit.company"));
        ComboBox<Industry> industry = new ComboBox<>(getTranslation("building.unit.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(value -> getTranslation("industry." + value.name()));
        industry.setClearButtonVisible(true);
        BureauDatePicker from = new BureauDatePicker(getTranslation("building.unit.from"));
        from.setMax(today());
        from.setValue(today());
        BigDecimalField rent = new BigDecimalField(getTranslation("building.unit.rent"));
        rent.setValue(unit.layout().askingRentYuanPerM2Day());
        MultiSelectComboBox<UnitView> with = together(Set.of(UnitStatus.VACANT, UnitStatus.RESERVED));
        lead.addValueChangeListener(change -> {
            LeadSummary picked = change.getValue();
            List<ProjectView> signed = picked == null ? List.of() : projects(picked.leadId());
            project.setItems(signed);
            project.setValue(signed.isEmpty() ? null : signed.get(signed.size() - 1));
            project.setEnabled(!signed.isEmpty());
            if (picked != null) {
                company.setValue(LeadPicker.shortName(picked));
                industry.setValue(picked.industry());
            }
        });
        ours.addValueChangeListener(change -> {
            lead.setVisible(Boolean.TRUE.equals(change.getValue()));
            project.setVisible(Boolean.TRUE.equals(change.getValue()));
        });
        ours.setValue(unit.status() == UnitStatus.RESERVED && unit.reservedFor() != null);
        if (unit.status() == UnitStatus.RESERVED && unit.reservedFor() != null) {
            lead.select(unit.reservedFor());
        }
        FormLayout form = new FormLayout(ours, lead, project, company, industry, from, rent, with);
        form.setColspan(ours, 2);
        FieldErrors errors = new FieldErrors().field("tenant.companyName", company).field("tenant.leadId", lead)
                                              .field("from", from).field("rentYuanPerM2Day", rent)
                                              .field("withUnits", with);
        open(new CommandDialog(getTranslation("building.unit.let"), form, () -> {
            boolean ourLead = Boolean.TRUE.equals(ours.getValue());
            if (ourLead && lead.getValue() == null) {
                lead.setErrorMessage(getTranslation("building.unit.leadRequired"));
                lead.setInvalid(true);
                return false;
            }
            Tenant tenant = new Tenant(BuildingForm.blankToNull(company.getValue()),
                                       ourLead ? lead.getValue().leadId() : null,
                                       ourLead && project.getValue() != null ? project.getValue().projectId() : null,
                                       industry.getValue());
            return sender.send(new LetUnitCommand(building.buildingId(), unit.unitId(), ids(with.getValue()),
                                                  tenant, from.getValue(), rent.getValue(), building.version()),
                               errors);
        }, this::done), "let-unit-dialog");
    }

    private List<ProjectView> projects(String leadId) {
        LeadProjects found = queries.query(new FindLeadProjectsQuery(leadId),
                                           ResponseTypes.instanceOf(LeadProjects.class))
                                    .exceptionally(failure -> null).join();
        return found == null ? List.of() : found.projects().stream().filter(ProjectView::stands).toList();
    }

    void openVacate() {
        BureauDatePicker on = new BureauDatePicker(getTranslation("building.unit.vacatedOn"));
        on.setMax(today());
        on.setValue(today());
        FormLayout form = new FormLayout(on);
        FieldErrors errors = new FieldErrors().field("vacatedOn", on);
        open(new CommandDialog(getTranslation("building.unit.vacate"), form,
                               () -> sender.send(new VacateUnitCommand(building.buildingId(), unit.unitId(),
                                                                       on.getValue(), building.version()), errors),
                               this::done), "vacate-unit-dialog");
    }

    private static void open(CommandDialog dialog, String className) {
        dialog.addClassName(className);
        dialog.open();
    }
}
