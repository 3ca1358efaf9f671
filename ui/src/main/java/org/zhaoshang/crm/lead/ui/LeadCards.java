package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.ui.BureauFormats;

import java.util.Locale;
import java.util.Set;

/**
 * The leads list at the width it is seen at: on a phone one compact card per lead (company, stage, market, amount,
 * next follow-up) in place of the columns; below a wide screen without the columns that matter least, so that the
 * list fits without scrolling sideways. The server switches the columns (a grid's columns cannot be hidden by CSS).
 * The list is first drawn for the width last seen in the session (a desk's at first): asking the browser for its width
 * before drawing would cost a round trip on every load. The browser reports its width only when it calls for other
 * columns than those drawn, and on every resize.
 */
final class LeadCards {

    static final int PHONE = 600;
    static final int WIDE = 1200;
    /** The columns a screen narrower than {@link #WIDE} goes without. */
    private static final Set<String> WIDE_ONLY = Set.of("identified");
    /** The session's last seen width of the browser window (an Integer, CSS pixels). */
    static final String SEEN_WIDTH = LeadCards.class.getName() + ".width";
    /** The event the browser sends when its width calls for other columns than those drawn. */
    static final String OTHER_WIDTH = "lead-list-width";
    static final String WIDTH_DATA = "event.detail";

    private final Grid<LeadSummary> grid;
    private final Grid.Column<LeadSummary> cards;

    LeadCards(Grid<LeadSummary> grid, Locale locale) {
        this.grid = grid;
        cards = grid.addColumn(LitRenderer.<LeadSummary>of("""
                        <div class="lead-card"><div class="lead-card-name">${item.name}</div>\
                        <div class="lead-card-facts"><span class="stage-badge">${item.stage}</span>\
                        <span>${item.market}</span><span>${item.amount}</span><span>${item.next}</span></div></div>""")
                                     .withProperty("name", LeadsView::companyName)
                                     .withProperty("stage", lead -> grid.getTranslation("stage." + lead.stage().name()))
                                     .withProperty("market", lead -> grid.getTranslation(
                                             "market." + lead.market().name()))
                                     .withProperty("amount", lead -> lead.plannedInvestmentCnyWan() == null ? ""
                                             : BureauFormats.amountWan(lead.plannedInvestmentCnyWan(),
                                                                       locale))
                                     .withProperty("next", lead -> lead.nextFollowUpOn() == null ? ""
                                             : grid.getTranslation("leads.card.next", BureauFormats.date(
                                                     lead.nextFollowUpOn(), locale))))
                    .setKey("card").setHeader(grid.getTranslation("leads.title"));
        cards.setVisible(false);
    }

    /**
     * Shows the columns for the width last seen in this session and follows the browser window's width from now on:
     * the browser says its width at once only when it is outside the band (phone, laptop, desk) just drawn.
     */
    Registration follow(UI ui) {
        int assumed = ui.getSession().getAttribute(SEEN_WIDTH) instanceof Integer seen ? seen : WIDE;
        fit(assumed);
        DomListenerRegistration other = grid.getElement().addEventListener(OTHER_WIDTH, event -> seen(
                ui, (int) event.getEventData().getNumber(WIDTH_DATA))).addEventData(WIDTH_DATA);
        int[] band = band(assumed);
        grid.getElement().executeJs("const width = window.innerWidth;"
                                    + "if (width < $0 || width >= $1) {"
                                    + "  this.dispatchEvent(new CustomEvent($2, {detail: width}));"
                                    + "}", band[0], band[1], OTHER_WIDTH);
        Registration resizes = ui.getPage().addBrowserWindowResizeListener(resized -> seen(ui, resized.getWidth()));
        return () -> {
            other.remove();
            resizes.remove();
        };
    }

    private void seen(UI ui, int width) {
        ui.getSession().setAttribute(SEEN_WIDTH, width);
        fit(width);
    }

    /** The widths that show the same columns as {@code width}: from (inclusive) and to (exclusive). */
    static int[] band(int width) {
        return width > 0 && width < PHONE ? new int[]{1, PHONE}
                : width >= WIDE ? new int[]{WIDE, Integer.MAX_VALUE} : new int[]{PHONE, WIDE};
    }

    void fit(int width) {
        boolean phone = width > 0 && width < PHONE;
        grid.getColumns().forEach(column -> column.setVisible(
                column == cards ? phone : !phone && (width >= WIDE || !WIDE_ONLY.contains(column.getKey()))));
    }
}
