package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.UI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.ui.CommandSender;

/**
 * The lead view's "space" tab (载体匹配): the vacant units that fit the lead, for whoever sees the lead (ambassadors
 * too: the answer holds vacant units only), reserved from here by those who may.
 */
@Component
@Order(30)
class SpaceTab implements LeadTab {

    private final CommandGateway commands;
    private final QueryGateway queries;

    SpaceTab(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public Panel create(Runnable leadChanged) {
        return new SpacePanel(queries, new CommandSender(commands, UI.getCurrent(), leadChanged));
    }
}
