package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.UI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
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
    private final CurrentCaller current;

    SpaceTab(CommandGateway commands, QueryGateway queries, CurrentCaller current) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
    }

    @Override
    public Panel create(Runnable leadChanged) {
        Caller caller = current.caller();
        boolean readsBuildings = caller.has(Role.STAFF) || caller.has(Role.MANAGER) || caller.has(Role.LEADER);
        return new SpacePanel(queries, new CommandSender(commands, UI.getCurrent(), leadChanged), readsBuildings);
    }
}
