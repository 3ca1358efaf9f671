package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.ui.BureauFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the view writes a rate's parts: projects as counts, capital in 万元 or 亿元, the rate as a percentage. */
final class Figures {

    private Figures() {
    }

    static String part(Figure figure, BigDecimal amount, Component in) {
        if (figure.rate() == Rate.CAPITAL_ARRIVAL_AMOUNT) {
            return BureauFormats.amountWan(amount, locale());
        }
        return amount.stripTrailingZeros().toPlainString();
    }

    /** 66.7%; a dash when nothing is due. */
    static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : percentNumber(ratio).toPlainString() + "%";
    }

    /** The percentage as a number, one decimal at most (for charts). */
    static BigDecimal percentNumber(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /** 5,500 万元/亩 or CNY 55 million per mu; a dash when there is no land to divide by. */
    static String perMu(BigDecimal wan, Component in) {
        return wan == null ? "—" : in.getTranslation("performance.perMu", BureauFormats.amountWan(wan, locale()));
    }

    /** The user's language (a component's own is protected). */
    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static String amount(BigDecimal wan, Component in) {
        return wan == null ? "—" : BureauFormats.amountWan(wan, locale());
    }
}
