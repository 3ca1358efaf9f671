package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.UnitView;
import org.zhaoshang.crm.building.api.value.UnitStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The stacking plan: the floors from the top down, each with its units by place along it, every unit a block coloured
 * by its status and as wide as its area allows, with its number, area and who is in it (the tenant, or the lead it is
 * reserved for). Clicking a unit opens it. On a phone each floor scrolls sideways by itself.
 */
final class StackingPlan extends Div {

    private final BuildingWords words;
    private final Consumer<UnitView> open;

    StackingPlan(BuildingWords words, Consumer<UnitView> open) {
        this.words = words;
        this.open = open;
        addClassName("stacking-plan");
    }

    void show(List<BuildingDetail.FloorPlan> floors) {
        removeAll();
        add(legend());
        if (floors.stream().allMatch(floor -> floor.units().isEmpty())) {
            Span empty = new Span(getTranslation("building.plan.empty"));
            empty.addClassName("stacking-plan-empty");
            add(empty);
        }
        floors.forEach(floor -> add(floor(floor)));
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("stacking-legend");
        for (UnitStatus status : UnitStatus.values()) {
            Span swatch = new Span();
            swatch.addClassNames("legend-swatch", statusClass(status));
            Span entry = new Span(swatch, new Span(getTranslation("building.unit.status." + status.name())));
            entry.addClassName("legend-entry");
            legend.add(entry);
        }
        return legend;
    }

    private Div floor(BuildingDetail.FloorPlan plan) {
        Span label = new Span(words.floor(plan.floor()));
        label.addClassName("floor-label");
        Div units = new Div();
        units.addClassName("floor-units");
        plan.units().forEach(unit -> units.add(block(unit)));
        Div floor = new Div(label, units);
        floor.addClassName("floor-row");
        if (plan.units().isEmpty()) {
            floor.addClassName("floor-row-empty");
        }
        floor.getElement().setAttribute("data-floor", String.valueOf(plan.floor()));
        return floor;
    }

    private Div block(UnitView unit) {
        Span number = new Span(unit.layout().number());
        number.addClassName("unit-number");
        Span area = new Span(words.area(unit.layout().areaM2()));
        area.addClassName("unit-area");
        Div block = new Div(number, area);
        String who = occupant(unit);
        if (who != null) {
            Span name = new Span(who);
            name.addClassName("unit-occupant");
            block.add(name);
        }
        block.addClassNames("unit-block", statusClass(unit.status()));
        BigDecimal areaM2 = unit.layout().areaM2() == null ? BigDecimal.ONE : unit.layout().areaM2();
        // as wide as its area, within bounds that keep a tiny unit clickable and a huge one from taking the floor
        double grow = Math.max(40, Math.min(2000, areaM2.doubleValue()));
        block.getStyle().set("flex-grow", String.format(Locale.ROOT, "%.0f", grow))
             .set("flex-basis", String.format(Locale.ROOT, "%.1fem", 4 + Math.min(6, grow / 200)));
        block.getElement().setAttribute("data-unit", unit.unitId());
        block.getElement().setAttribute("title", unit.layout().number() + " · " + words.area(unit.layout().areaM2())
                                                 + " · " + getTranslation("building.unit.status."
                                                                          + unit.status().name())
                                                 + (who == null ? "" : " · " + who));
        block.getElement().setAttribute("role", "button");
        block.getElement().setAttribute("tabindex", "0");
        block.addClickListener(click -> open.accept(unit));
        return block;
    }

    /** Who is in a unit: its tenant, else the lead it is reserved for (when the caller may see it). */
    static String occupant(UnitView unit) {
        if (unit.status() == UnitStatus.LET && unit.tenant() != null) {
            return unit.tenant().companyName();
        }
        if (unit.status() == UnitStatus.RESERVED) {
            return unit.reservedForName();
        }
        return null;
    }

    static String statusClass(UnitStatus status) {
        return "unit-" + status.name().toLowerCase(Locale.ROOT);
    }
}
