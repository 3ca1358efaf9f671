package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** How the space views write their figures: m², 万元/亿元, percentages, rents, tiers, zones and match reasons. */
final class SpaceWords {

    private final Component in;

    SpaceWords(Component in) {
        this.in = in;
    }

    String t(String key, Object... params) {
        return in.getTranslation(key, params);
    }

    /** The user's language (a component's own is protected). */
    Locale locale() {
        return UI.getCurrent().getLocale();
    }

    String date(java.time.LocalDate day) {
        return day == null ? "—" : BureauFormats.date(day, locale());
    }

    boolean chinese() {
        return locale().getLanguage().equals("zh");
    }

    /** 12,000 m²; a dash when unknown. */
    String area(BigDecimal squareMetres) {
        return squareMetres == null ? "—" : BureauFormats.area(squareMetres, locale());
    }

    /** 1,104 万元 or 8.5 亿元 (CNY 11.04 million in English); a dash when unknown. */
    String wan(BigDecimal wan) {
        return wan == null ? "—" : BureauFormats.amountWan(wan, locale());
    }

    /** A rate of 0 to 1 as 12.3%; a dash when unknown. */
    String percent(BigDecimal ratio) {
        return ratio == null ? "—" : percentNumber(ratio).toPlainString() + "%";
    }

    /** The percentage as a number, one decimal at most (for charts). */
    static BigDecimal percentNumber(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /** 4.5 元/m²·天, or CNY 4.5 per m² a day; a dash when unknown. */
    String rent(BigDecimal yuanPerM2Day) {
        return yuanPerM2Day == null ? "—" : t("space.rent", plain(yuanPerM2Day));
    }

    private String plain(BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String tier(TaxTier tier) {
        return tier == null ? "—" : t("space.tier." + tier.name());
    }

    String zone(TargetZone zone) {
        return zone == null ? "—" : t("zone." + zone.name());
    }

    /** The building's name in the user's language, the other one when it has none. */
    String name(String nameZh, String nameEn) {
        String first = chinese() ? nameZh : nameEn;
        String other = chinese() ? nameEn : nameZh;
        return first != null && !first.isBlank() ? first : other == null ? "—" : other;
    }

    /**
     * A reason in words; its figures by name, each written as the bureau writes it: {0} the area, {1} the need, {2}
     * the rent, {3} the budget, {4} the zone, {5} the industry, {6} the number of units.
     */
    String reason(MatchReason reason) {
        Map<String, String> params = reason.params();
        return t("space.reason." + reason.code().name(), area(number(params.get("areaM2"))),
                 area(number(params.get("needM2"))), rent(number(params.get("rent"))),
                 rent(number(params.get("budget"))), enumWord("zone.", params.get("zone")),
                 enumWord("industry.", params.get("industry")), params.getOrDefault("units", "—"));
    }

    private String enumWord(String prefix, String value) {
        if (value == null) {
            return "—";
        }
        return Translations.first(locale(), prefix + value).orElse(value);
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
