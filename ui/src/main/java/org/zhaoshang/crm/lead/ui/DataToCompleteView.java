package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.security.api.PeopleDirectory;

/**
 * For managers: every lead an import placed past a stage gate without its data, until the data is recorded, with how
 * many owe each gate; each row opens its lead. The furthest stages first, at most {@value #SHOWN} leads.
 */
@Route("data-to-complete")
@Menu(title = "nav.dataToComplete", order = 5.5)
@RolesAllowed("MANAGER")
public class DataToCompleteView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = FindDataToCompleteQuery.MAX_PAGE_SIZE;

    final HorizontalLayout perGate = new HorizontalLayout();
    final Span total = new Span();
    final Grid<LeadSummary> leads;

    public DataToCompleteView(QueryGateway queries, PeopleDirectory directory) {
        DataToComplete owed = queries.query(new FindDataToCompleteQuery(null, 0, SHOWN),
                                            ResponseTypes.instanceOf(DataToComplete.class)).join();
        leads = DataToCompleteGrid.create(directory::nameOf);
        leads.setItems(owed.leads());
        leads.setAllRowsVisible(true);
        total.setText(getTranslation("dataToComplete.total", owed.total()));
        owed.leadsPerGate().forEach((stage, count) -> {
            Span gate = new Span(getTranslation("dataToComplete.perGate", getTranslation("stage." + stage.name()),
                                                count));
            gate.addClassName("data-to-complete-count");
            gate.getElement().getThemeList().add("badge");
            perGate.add(gate);
        });
        perGate.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        perGate.getStyle().set("flex-wrap", "wrap");
        addClassName("data-to-complete-view");
        add(new H2(getTranslation("dataToComplete.title")), new Paragraph(getTranslation("dataToComplete.help")),
            total, perGate, leads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataToComplete.title") + " · " + getTranslation("app.title");
    }
}
