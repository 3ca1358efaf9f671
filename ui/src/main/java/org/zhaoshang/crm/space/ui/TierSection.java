package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.space.api.SpaceSummary.TierYear;

import java.util.Comparator;
import java.util.List;

/**
 * Buildings per tier in the running year (so far) and the two before, against the plan's targets (亿元楼 x / 38, 月亿楼
 * y / 3): a card per year, each count a link to the buildings counted.
 */
final class TierSection extends Div {

    static final List<TaxTier> SHOWN = List.of(TaxTier.YI, TaxTier.MONTHLY_YI, TaxTier.NEAR_YI, TaxTier.TEN_MILLION);
    private static final int YEARS = 3;

    final Div cards = new Div();
    private final SpaceWords words;

    TierSection(SpaceWords words) {
        this.words = words;
        addClassName("space-section");
        cards.addClassName("space-cards");
        Span note = new Span(words.t("space.tiers.note"));
        note.addClassName("space-note");
        add(new H3(words.t("space.tiers")), note, cards);
    }

    void show(List<TierYear> years) {
        cards.removeAll();
        setVisible(!years.isEmpty());
        years.stream().sorted(Comparator.comparingInt(TierYear::year).reversed()).limit(YEARS)
             .forEach(year -> cards.add(card(year)));
    }

    private Div card(TierYear year) {
        Div card = new Div();
        card.addClassNames("space-card", "tier-card");
        card.add(new H4(year.sofar() ? words.t("space.tiers.yearSoFar", String.valueOf(year.year()))
                                     : String.valueOf(year.year())));
        Div figures = new Div();
        figures.addClassName("space-lines");
        for (TaxTier tier : SHOWN) {
            int count = year.counts().getOrDefault(tier, 0);
            Integer target = year.targets().get(tier);
            Span name = new Span(words.tier(tier));
            name.addClassName("figure-name");
            Anchor figure = BuildingLinks.anchor(target == null ? String.valueOf(count) : count + " / " + target,
                                                 BuildingLinks.tier(tier, year.year()), "tier-count");
            figure.setId("tier-" + tier.name() + "-" + year.year());
            if (target != null && count < target) {
                figure.addClassName("tier-short");
                figure.setTitle(words.t("space.tiers.short", target - count));
            }
            figures.add(name, figure);
        }
        card.add(figures);
        return card;
    }
}
