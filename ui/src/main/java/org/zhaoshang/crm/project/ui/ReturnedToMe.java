package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.ui.MyWorkSection;
import org.zhaoshang.crm.project.api.query.FindMyReturnedProgressQuery;
import org.zhaoshang.crm.project.api.query.ReturnedProgress;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * My work's "returned to me": the progress facts a manager returned to the user, with the reason, each a way to the
 * lead's projects tab, where the fact is corrected.
 */
@org.springframework.stereotype.Component
class ReturnedToMe implements MyWorkSection {

    private final QueryGateway queries;
    private final PeopleDirectory directory;

    ReturnedToMe(QueryGateway queries, PeopleDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @Override
    public List<com.vaadin.flow.component.Component> create() {
        ProjectWords words = new ProjectWords(UI.getCurrent(), directory);
        ReturnedProgress returned = queries.query(new FindMyReturnedProgressQuery(),
                                                  ResponseTypes.instanceOf(ReturnedProgress.class)).join();
        LeadNames leads = new LeadNames(queries);
        Div list = new Div();
        list.addClassName("returned-to-me");
        for (ReturnedProgress.Item item : returned.items()) {
            Div line = new Div();
            line.addClassName("returned-fact");
            line.getStyle().set("border-inline-start", "3px solid var(--lumo-error-color-50pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
            Div fact = new Div(words.fact(item.progress().fact(), null));
            fact.getStyle().set("font-weight", "600");
            Div reason = new Div(words.state(item.progress()));
            reason.addClassName("returned-reason");
            line.add(new Div(leads.link(item.leadId())), fact, reason);
            list.add(line);
        }
        if (returned.items().isEmpty()) {
            list.add(new Div(words.t("work.returned.none")));
        }
        return List.of(new H3(words.t("work.returned", returned.items().size())), list);
    }
}
