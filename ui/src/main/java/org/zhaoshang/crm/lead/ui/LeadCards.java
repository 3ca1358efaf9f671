package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
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
 * list fits without scrolling sideways. The server switches the columns (a grid's columns cannot be hidden by CSS);
 * the width comes from the browser on attach and on every resize.
 */
final class LeadCards {

    static final int PHONE = 600;
    static final int WIDE = 1200;
    /** The columns a screen narrower than {@link #WIDE} goes without. */
    private static final Set<String> WIDE_ONLY = Set.of("identified");

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

    /** Follows the browser window's width from now on. */
    Registration follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        return ui.getPage().addBrowserWindowResizeListener(resized -> fit(resized.getWidth()));
    }

    void fit(int width) {
        boolean phone = width > 0 && width < PHONE;
        grid.getColumns().forEach(column -> column.setVisible(
                column == cards ? phone : !phone && (width >= WIDE || !WIDE_ONLY.contains(column.getKey()))));
    }
}
