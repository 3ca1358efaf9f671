package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.html.Anchor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.ui.LeadRows;
import org.zhaoshang.crm.lead.ui.LeadsView;

import java.util.HashMap;
import java.util.Map;

/** The company of each lead a list names, asked once per lead, and a link to the lead's projects tab. */
final class LeadNames {

    private final QueryGateway queries;
    private final Map<String, String> names = new HashMap<>();

    LeadNames(QueryGateway queries) {
        this.queries = queries;
    }

    String of(String leadId) {
        return names.computeIfAbsent(leadId, id -> {
            LeadSummary lead = queries.query(new FindLeadQuery(id), ResponseTypes.instanceOf(LeadSummary.class))
                                      .join();
            return lead == null ? "—" : LeadsView.companyName(lead);
        });
    }

    /** The lead's name, opening the lead at its signed projects. */
    Anchor link(String leadId) {
        Anchor link = new Anchor(LeadRows.href(leadId) + "?tab=" + ProjectsPanel.KEY, of(leadId));
        link.addClassName("project-lead-link");
        return link;
    }
}
