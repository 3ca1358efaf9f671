package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.CommandSender;

/** The lead view's "supervision" tab (重点项目 · 督办), for staff and managers; ambassadors never see it. */
@Component
@Order(20)
class SupervisionTab implements LeadTab {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentCaller current;
    private final PeopleDirectory directory;

    SupervisionTab(CommandGateway commands, QueryGateway queries, CurrentCaller current, PeopleDirectory directory) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
        this.directory = directory;
    }

    /** Key projects and problems are the bureau's: an ambassador's lead view has no such tab, not even hidden. */
    @Override
    public boolean offeredTo(Caller caller) {
        return caller.seesAllLeads();
    }

    @Override
    public Panel create(Runnable leadChanged) {
        UI ui = UI.getCurrent();
        SupervisionWords words = new SupervisionWords(ui, directory, queries);
        return new SupervisionPanel(queries, new CommandSender(commands, ui, leadChanged), directory,
                                    current.caller(), words, leadChanged);
    }
}
