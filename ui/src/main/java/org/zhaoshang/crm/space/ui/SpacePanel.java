package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.space.api.SpaceNeed;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lead's space: its need (area, zone, budget; the lead's own floor space and zone to start with, changed here for
 * the search only) and the vacant units or adjacent units that fit it, best first, each with its score and reasons in
 * words and a link to its building; "Reserve" where the lead is at INTENT or later, not lost, and the caller may
 * change it. The matches are asked for when the tab is first shown, not with every load of the lead.
 */
final class SpacePanel extends VerticalLayout implements LeadTab.Panel {

    static final String KEY = "space";

    final BigDecimalField area = new BigDecimalField();
    final ComboBox<TargetZone> zone = new ComboBox<>();
    final BigDecimalField budget = new BigDecimalField();
    final Button find = new Button();
    final Div cards = new Div();
    final Span nothing = new Span();
    /** The reserve buttons shown (tests). */
    final List<Button> reserveButtons = new ArrayList<>();
    private final QueryGateway queries;
    private final CommandSender sender;
    private final SpaceWords words;
    private final FieldErrors errors;
    private final boolean linksBuildings;
    private LeadDetail lead;
    private boolean mayReserve;
    private boolean asked;
    /** What is shown (tests). */
    SpaceMatches matches;

    /**
     * @param linksBuildings whether the caller may open the building pages (staff, managers, leaders): an ambassador
     *                       sees the building's name without a link that would only be refused
     */
    SpacePanel(QueryGateway queries, CommandSender sender, boolean linksBuildings) {
        this.queries = queries;
        this.sender = sender;
        this.linksBuildings = linksBuildings;
        this.words = new SpaceWords(this);
        addClassName("space-panel");
        setPadding(false);
        area.setLabel(words.t("space.need.area"));
        area.setSuffixComponent(new Span("m²"));
        area.addClassName("space-need-area");
        zone.setLabel(words.t("space.need.zone"));
        zone.setItems(TargetZone.values());
        zone.setItemLabelGenerator(words::zone);
        zone.setClearButtonVisible(true);
        zone.addClassName("space-need-zone");
        budget.setLabel(words.t("space.need.budget"));
        budget.setHelperText(words.t("space.need.budget.help"));
        budget.addClassName("space-need-budget");
        find.setText(words.t("space.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClassName("space-find");
        find.addClickListener(click -> search());
        errors = new FieldErrors().field("areaM2", area).field("maxRentYuanPerM2Day", budget);
        HorizontalLayout need = new HorizontalLayout(area, zone, budget, find);
        need.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        need.addClassName("space-need");
        cards.addClassNames("space-cards", "match-cards");
        nothing.addClassName("space-note");
        nothing.setVisible(false);
        add(need, nothing, cards);
        addAttachListener(attach -> {
            if (!asked && lead != null) {
                search();
            }
        });
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return words.t("lead.tab.space");
    }

    @Override
    public Component component() {
        return this;
    }

    /** Every lead the caller sees has its space tab; the lead's own need fills the fields the first time. */
    @Override
    public boolean show(LeadDetail shown) {
        boolean first = lead == null || !lead.leadId().equals(shown.leadId());
        lead = shown;
        mayReserve = shown.mayChange() && shown.stage().compareTo(Stage.INTENT) >= 0
                     && shown.status() != LeadStatus.LOST;
        if (first) {
            area.setValue(shown.floorSpaceM2());
            zone.setValue(shown.targetZone() == TargetZone.OTHER ? null : shown.targetZone());
            asked = false;
        }
        if (asked || isAttached()) {
            search();
        }
        return true;
    }

    /** Asks for the matches of the need as the fields say it. */
    void search() {
        if (lead == null) {
            return;
        }
        SpaceNeed need = new SpaceNeed(area.getValue(), zone.getValue(), null, budget.getValue());
        errors.clear();
        try {
            need.validate(new Violations()).throwIfAny();
        } catch (InvalidInputException wrong) {
            errors.show(wrong.violations());
            return;
        }
        asked = true;
        matches = queries.query(new FindSpaceMatchesQuery(lead.leadId(), need, null),
                                ResponseTypes.instanceOf(SpaceMatches.class)).join();
        render();
    }

    private void render() {
        cards.removeAll();
        reserveButtons.clear();
        List<SpaceMatch> found = matches == null ? List.of() : matches.matches();
        nothing.setVisible(found.isEmpty());
        nothing.setText(words.t("space.matches.none"));
        found.forEach(match -> cards.add(card(match)));
    }

    private Div card(SpaceMatch match) {
        Div card = new Div();
        card.addClassNames("space-card", "match-card");
        String name = words.name(match.buildingNameZh(), match.buildingNameEn());
        Component building = linksBuildings
                ? BuildingLinks.anchor(name, BuildingLinks.building(match.buildingId()), "match-building")
                : new Span(name);
        building.getElement().getClassList().add("match-building");
        Span score = new Span(words.t("space.match.score", match.score()));
        score.addClassName("match-score");
        Div top = new Div(building, score);
        top.addClassName("match-top");
        Div lines = new Div();
        lines.addClassName("space-lines");
        line(lines, words.t("space.match.zone"), words.zone(match.zone()));
        line(lines, words.t("space.match.floor"), words.t("space.match.floorNumber", match.floor()));
        line(lines, words.t("space.match.units"), String.join(" + ", match.unitNumbers()));
        line(lines, words.t("space.match.area"), words.area(match.areaM2()));
        line(lines, words.t("space.match.rent"), words.rent(match.askingRentYuanPerM2Day()));
        if (match.tier() != null && match.tier() != org.zhaoshang.crm.building.api.value.TaxTier.NONE) {
            line(lines, words.t("space.match.tier"), words.tier(match.tier()));
        }
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("match-reasons");
        for (MatchReason reason : match.reasons()) {
            reasons.add(new ListItem(words.reason(reason)));
        }
        card.add(top, lines, reasons);
        if (mayReserve) {
            Button reserve = new Button(words.t("space.reserve"), click -> reserve(match));
            reserve.addClassName("match-reserve");
            reserve.setId("reserve-" + String.join("+", match.unitIds()));
            reserveButtons.add(reserve);
            card.add(reserve);
        }
        return card;
    }

    private static void line(Div lines, String label, String value) {
        Span name = new Span(label);
        name.addClassName("figure-name");
        lines.add(name, new Span(value));
    }

    /** Reserves the match's units for the lead (the default time: {@value ReserveUnitCommand#DEFAULT_DAYS} days). */
    void reserve(SpaceMatch match) {
        List<String> units = match.unitIds();
        ReserveUnitCommand command = new ReserveUnitCommand(match.buildingId(), units.get(0),
                                                            units.subList(1, units.size()), lead.leadId(), null,
                                                            null);
        if (sender.send(command, null)) {
            LocalDate until = command.lastDay(LocalDate.now(BureauTime.ZONE));
            Toast.done(words.t("space.reserved", words.name(match.buildingNameZh(), match.buildingNameEn()),
                               String.join(" + ", match.unitNumbers()), words.date(until)));
            search();
        }
    }
}
