package org.zhaoshang.crm.conversion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.conversion.api.ConversionLeads;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.ui.LeadRows;
import org.zhaoshang.crm.lead.ui.LeadsView;
import com.vaadin.flow.server.VaadinService;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.DialogClosingOnNavigation;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The leads behind one figure of the dashboard or the conversion history; a row opens its lead (and closes the list). */
class LeadsBehindDialog extends DialogClosingOnNavigation {

    /** More than this many leads are counted, not listed: the list is for looking into a figure, not exporting. */
    static final int MAX_LISTED = 500;

    final Grid<LeadSummary> grid = new Grid<>();
    final Span count = new Span();

    LeadsBehindDialog(QueryGateway queries, String title, FindConversionLeadsQuery figure,
                      Predicate<LeadSummary> which) {
        super(title);
        grid.setEmptyStateText(getTranslation("empty.leadsBehind"));
        addClassName("leads-behind");
        setWidth("min(60rem, 95vw)");
        List<String> leadIds = queries.query(figure, ResponseTypes.instanceOf(ConversionLeads.class)).join().leadIds();
        List<LeadSummary> leads = leadIds.stream().limit(MAX_LISTED)
                                         .map(leadId -> queries.query(new FindLeadQuery(leadId),
                                                                      ResponseTypes.instanceOf(LeadSummary.class))
                                                               .join())
                                         .filter(Objects::nonNull).filter(which).toList();
        count.setText(leadIds.size() > MAX_LISTED ? getTranslation("behind.countFirst", leads.size(), leadIds.size())
                                                  : getTranslation("leads.count", leads.size()));
        Grid.Column<LeadSummary> names = LeadRows.addLinkColumn(grid, LeadSummary::leadId, LeadsView::companyName)
                                                 .setHeader(getTranslation("leads.column.company")).setFlexGrow(1);
        grid.addColumn(lead -> getTranslation("market." + lead.market().name()))
            .setHeader(getTranslation("leads.column.market")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(lead -> getTranslation("stage." + lead.stage().name()))
            .setHeader(getTranslation("leads.column.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(lead -> lead.plannedInvestmentCnyWan() == null ? "—"
                               : BureauFormats.amountWan(lead.plannedInvestmentCnyWan(), getLocale()))
            .setHeader(getTranslation("leads.column.investment")).setAutoWidth(true).setFlexGrow(0)
            .setTextAlign(ColumnTextAlign.END);
        PeopleDirectory people = VaadinService.getCurrent().getInstantiator().getOrCreate(PeopleDirectory.class);
        grid.addColumn(lead -> people.nameOf(lead.owner())).setHeader(getTranslation("field.owner")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.setItems(leads);
        LeadRows.openOnClick(grid, LeadSummary::leadId, names);
        grid.setHeight("min(60vh, 32rem)");
        add(count, grid);
        getFooter().add(new Button(getTranslation("behind.close"), click -> close()));
    }
}
