package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.ui.BureauFormats;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the building views write names, tiers, vacancy, tax and areas in the user's language. */
final class BuildingWords {

    private final Component view;

    BuildingWords(Component view) {
        this.view = view;
    }

    private Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    boolean english() {
        return locale().getLanguage().equals("en");
    }

    /** The name shown in the UI's language: English when asked for and known, else Chinese. */
    String name(String nameZh, String nameEn) {
        return english() && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    /** 亿元楼 … as a badge; nothing for a building below every tier. */
    Component tier(TaxTier tier) {
        Span badge = new Span(tier == null || tier == TaxTier.NONE ? "" : view.getTranslation("building.tier."
                                                                                              + tier.name()));
        badge.addClassNames("tier-badge", "tier-" + (tier == null ? TaxTier.NONE : tier).name().toLowerCase(
                Locale.ROOT));
        badge.setVisible(tier != null && tier != TaxTier.NONE);
        return badge;
    }

    /** A rate 0 to 1 as a percentage: 12.5%; a dash when unknown. */
    String percent(BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    /** The vacancy rate as a bar and its percentage. */
    Component vacancyBar(BigDecimal rate) {
        Div fill = new Div();
        fill.addClassName("vacancy-fill");
        double share = rate == null ? 0 : Math.max(0, Math.min(1, rate.doubleValue()));
        fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share * 100));
        Div bar = new Div(fill);
        bar.addClassName("vacancy-bar");
        Span figure = new Span(percent(rate));
        figure.addClassName("vacancy-figure");
        Span vacancy = new Span(bar, figure);
        vacancy.addClassName("vacancy");
        return vacancy;
    }

    /** 万元 or 亿元 as a bureau writes them; a dash when none was recorded. */
    String tax(BigDecimal wan) {
        return wan == null ? "—" : BureauFormats.amountWan(wan, locale());
    }

    /** Tax per m² of commercial area: 1,234 元/m². */
    String perM2(BigDecimal yuan) {
        if (yuan == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(0);
        return view.getTranslation("building.perM2", format.format(yuan));
    }

    /** Asking or agreed rent: 3.5 元/m²·天. */
    String rent(BigDecimal yuanPerM2Day) {
        if (yuanPerM2Day == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return view.getTranslation("building.rentPerDay", format.format(yuanPerM2Day));
    }

    String area(BigDecimal m2) {
        return m2 == null ? "—" : BureauFormats.area(m2, locale());
    }

    String date(java.time.LocalDate day) {
        return day == null ? "—" : BureauFormats.date(day, locale());
    }

    /** A floor as buildings write it: 12F, B1. */
    String floor(int floor) {
        return floor < 0 ? "B" + (-floor) : floor + "F";
    }
}
