package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The reports leadership reads (调度表, 通报): on screen, as Word and Excel in the user's language, and those issued
 * so far. Staff, managers and leaders (a leader's rows are their own projects, the backend decides); never
 * ambassadors.
 */
@Route("reports")
@Menu(title = "nav.reports", order = 5.92)
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final DispatchPanel dispatch;
    final CircularPanel circular;
    final IssuedReportsPanel issued;
    final Tab dispatchTab;
    final Tab circularTab;
    final Tab issuedTab;

    public ReportsView(QueryGateway queries, CommandGateway commands, CurrentCaller current,
                       PeopleDirectory directory, Clock clock) {
        addClassName("reports-view");
        ReportWords words = new ReportWords(this, directory, queries);
        LocalDate today = BureauTime.today(clock);
        dispatch = new DispatchPanel(queries, words, today);
        circular = new CircularPanel(queries, words, today);
        issued = new IssuedReportsPanel(queries, commands, words, today, current.caller().has(Role.MANAGER));
        dispatchTab = tabs.add(getTranslation("report.tab.dispatch"), dispatch);
        circularTab = tabs.add(getTranslation("report.tab.circular"), circular);
        issuedTab = tabs.add(getTranslation("report.tab.issued"), issued);
        tabs.addSelectedChangeListener(change -> show(change.getSelectedTab()));
        tabs.setWidthFull();
        add(new H2(getTranslation("report.title")), tabs);
        dispatch.refresh();
    }

    private void show(Tab tab) {
        if (tab == circularTab && circular.shown == null) {
            circular.refresh();
        } else if (tab == issuedTab) {
            issued.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · " + getTranslation("app.title");
    }
}
