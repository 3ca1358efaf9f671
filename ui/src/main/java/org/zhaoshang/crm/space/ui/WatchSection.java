package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.space.api.SpaceSummary.WatchedBuilding;

import java.util.List;

/**
 * The watch list: buildings near their next tier, nearest first, one card each (tier and next tier, tax so far, pace
 * over the year, what the next tier still needs), the name a link to the building's page.
 */
final class WatchSection extends Div {

    final Div cards = new Div();
    final Span nothing = new Span();
    private final SpaceWords words;

    WatchSection(SpaceWords words) {
        this.words = words;
        addClassName("space-section");
        cards.addClassNames("space-cards", "watch-cards");
        nothing.setText(words.t("space.watch.none"));
        nothing.addClassName("space-note");
        add(new H3(words.t("space.watch")), nothing, cards);
    }

    void show(List<WatchedBuilding> buildings) {
        cards.removeAll();
        nothing.setVisible(buildings.isEmpty());
        buildings.forEach(building -> cards.add(card(building)));
    }

    private Div card(WatchedBuilding building) {
        Div card = new Div();
        card.addClassNames("space-card", "watch-card");
        Anchor name = BuildingLinks.anchor(words.name(building.nameZh(), building.nameEn()),
                                           BuildingLinks.building(building.buildingId()), "watch-name");
        name.setId("watch-" + building.buildingId());
        Span tiers = new Span(words.tier(building.tier()) + " → " + words.tier(building.nextTier()));
        tiers.addClassName("watch-tiers");
        Div lines = new Div();
        lines.addClassName("space-lines");
        line(lines, words.t("space.watch.zone"), words.zone(building.zone()));
        line(lines, words.t("space.watch.tax"), words.wan(building.taxWan()));
        line(lines, words.t("space.watch.pace"), words.wan(building.paceWan()));
        line(lines, words.t("space.watch.gap"), words.wan(building.gapWan()));
        card.add(name, tiers, lines);
        return card;
    }

    private static void line(Div lines, String label, String value) {
        Span name = new Span(label);
        name.addClassName("figure-name");
        lines.add(name, new Span(value));
    }
}
