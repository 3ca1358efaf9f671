package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.UI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.PeopleDirectory;

/** The lead view's "signed projects" tab, shown once the lead has a project. */
@Component
@Order(10)
class ProjectsTab implements LeadTab {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final LeadDocuments documents;
    private final CurrentCaller current;
    private final PeopleDirectory directory;

    ProjectsTab(CommandGateway commands, QueryGateway queries, LeadDocuments documents, CurrentCaller current,
                PeopleDirectory directory) {
        this.commands = commands;
        this.queries = queries;
        this.documents = documents;
        this.current = current;
        this.directory = directory;
    }

    @Override
    public Panel create(Runnable leadChanged) {
        return new ProjectsPanel(queries, new InlineSender(commands), documents, current.caller(),
                                 new ProjectWords(UI.getCurrent(), directory), leadChanged);
    }
}
