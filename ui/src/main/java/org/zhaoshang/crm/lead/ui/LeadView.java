package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.ObjectProvider;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadHistoryQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadImportRecordsQuery;
import org.zhaoshang.crm.lead.api.query.LeadImportRecords;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.ui.BureauFormats;

import java.util.List;
import java.util.Locale;

/**
 * One lead: who and where it is, the actions its stage and the user's role allow, its numbers, activities, contacts,
 * follow-ups and the timeline of every fact. Reloads itself when anyone changes the lead.
 */
@Route("leads/:leadId")
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span badges = new Span();
    final Span people = new Span();
    final StagePath path = new StagePath();
    final StageActions actions;
    final CompanyPanel company;
    final NumbersPanel numbers;
    final ActivitiesPanel activities;
    final ContactsPanel contacts;
    final FollowUpsPanel followUps;
    final TimelinePanel timeline;
    /** The rows of the bureau's sheets the lead came from; null for ambassadors and partners, who never see them. */
    final SheetRowsPanel sheetRows;
    final Tab sheetTab;
    final DataToCompletePanel dataToComplete;
    final TabSheet tabs = new TabSheet();
    /** The tabs other features add (signed projects), each shown only when it has something for the lead. */
    private final java.util.Map<LeadTab.Panel, Tab> addedTabs = new java.util.LinkedHashMap<>();
    private final QueryGateway queries;
    private final Caller caller;
    private final PeopleDirectory directory;
    private String leadId;
    private LeadDetail detail;
    private SubscriptionQueryResult<LeadHistory, LeadSummary> liveUpdates;

    public LeadView(CommandGateway commands, QueryGateway queries, CurrentCaller current, PeopleDirectory directory,
                    ObjectProvider<LeadTab> added) {
        this.directory = directory;
        this.queries = queries;
        this.caller = current.caller();
        CommandSender sender = new CommandSender(commands, this, this::reload);
        actions = new StageActions(sender, caller, directory, this::reload);
        company = new CompanyPanel(sender, new AmbassadorPicker(queries), this::reload);
        numbers = new NumbersPanel(sender, this::reload);
        activities = new ActivitiesPanel(sender, caller, directory, this::reload);
        contacts = new ContactsPanel(sender, this::reload);
        followUps = new FollowUpsPanel(sender, directory, this::reload);
        timeline = new TimelinePanel(company.introducedBy::nameOf, directory);
        dataToComplete = new DataToCompletePanel(sender, this::reload);
        addClassName("lead-view");
        setSizeFull();
        title.addClassName("lead-title");
        people.addClassName("lead-people");
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.addClassName("lead-heading");
        tabs.add(getTranslation("lead.tab.numbers"), numbers);
        tabs.add(getTranslation("lead.tab.company"), company);
        Tab activitiesTab = tabs.add(getTranslation("lead.tab.activities"), activities);
        tabs.add(getTranslation("lead.tab.contacts"), contacts);
        tabs.add(getTranslation("lead.tab.followUps"), followUps);
        tabs.add(getTranslation("lead.tab.timeline"), timeline);
        sheetRows = caller.seesAllLeads() ? new SheetRowsPanel() : null;
        sheetTab = sheetRows == null ? null : tabs.add(getTranslation("lead.tab.sheet"), sheetRows);
        added.orderedStream().filter(tab -> tab.offeredTo(caller)).map(tab -> tab.create(this::reload))
             .forEach(panel -> addedTabs.put(panel, tabs.add(panel.title(), panel.component())));
        tabs.setSizeFull();
        if (caller.limitedToOwnLeads()) {
            // what ambassadors and partners do on a lead: log their contacts with the company
            tabs.setSelectedTab(activitiesTab);
        }
        add(heading, path, people, dataToComplete, actions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leadId = event.getRouteParameters().get("leadId").orElseThrow(NotFoundException::new);
        if (load() == null) {
            throw new NotFoundException();
        }
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(
                key -> addedTabs.forEach((panel, tab) -> {
                    if (panel.key().equals(key) && tab.isVisible()) {
                        tabs.setSelectedTab(tab);
                    }
                }));
    }

    private LeadDetail load() {
        detail = queries.query(new FindLeadDetailQuery(leadId), ResponseTypes.instanceOf(LeadDetail.class)).join();
        if (detail != null) {
            show(detail);
            timeline.show(queries.query(new FindLeadHistoryQuery(leadId, false),
                                        ResponseTypes.instanceOf(LeadHistory.class)).join());
            showSheetRows();
            addedTabs.forEach((panel, tab) -> tab.setVisible(panel.show(detail)));
        }
        return detail;
    }

    /** The sheet's rows the lead was imported from, in a tab of their own that only a lead with some has. */
    private void showSheetRows() {
        if (sheetRows != null) {
            LeadImportRecords records = queries.query(new FindLeadImportRecordsQuery(leadId),
                                                      ResponseTypes.instanceOf(LeadImportRecords.class)).join();
            boolean any = records != null && !records.records().isEmpty();
            sheetRows.show(any ? records : new LeadImportRecords(leadId, List.of()));
            sheetTab.setVisible(any);
        }
    }

    /** The lead as this page shows it. */
    LeadDetail detail() {
        return detail;
    }

    void reload() {
        load();
    }

    private void show(LeadDetail lead) {
        title.setText(name(lead));
        badges.removeAll();
        Span stage = new Span(getTranslation("stage." + lead.stage().name()));
        stage.addClassName("stage-badge");
        Span market = new Span(getTranslation("market." + lead.market().name()));
        market.addClassName("market-badge");
        badges.add(market, stage);
        path.show(lead.stage(), lead.status());
        if (lead.status() != LeadStatus.OPEN) {
            Span status = new Span(getTranslation("status." + lead.status().name()));
            status.addClassNames("status-badge", "status-" + lead.status().name().toLowerCase(Locale.ROOT));
            badges.add(status);
        }
        people.setText(getTranslation("lead.people", lead.owner() == null ? "—" : directory.nameOf(lead.owner()),
                                      lead.introducedBy() == null ? "—"
                                              : company.introducedBy.nameOf(lead.introducedBy()),
                                      BureauFormats.date(lead.identifiedOn(), getLocale()),
                                      lead.plannedInvestment() == null ? "—"
                                              : BureauFormats.amountWan(lead.plannedInvestment().cnyWan(),
                                                                        getLocale())));
        // what the caller may do is the backend's answer (LeadChanges), the rule the commands are refused by
        actions.show(lead, lead.mayChange());
        numbers.show(lead, lead.mayChangeFacts());
        company.show(lead, lead.mayChangeFacts());
        activities.show(lead, lead.mayChange(), lead.mayChangeFacts());
        contacts.show(lead, lead.mayChange(), lead.mayChangeFacts());
        followUps.show(lead, lead.mayChange());
        dataToComplete.show(lead, lead.mayChangeFacts());
    }

    static String name(LeadDetail lead) {
        return LeadsView.companyName(lead.company().nameZh(), lead.company().nameEn());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = queries.subscriptionQuery(new FindLeadHistoryQuery(leadId, false),
                                                ResponseTypes.instanceOf(LeadHistory.class),
                                                ResponseTypes.instanceOf(LeadSummary.class));
        liveUpdates.updates().subscribe(changed -> ui.access(() -> {
            if (detail == null || changed.version() != detail.version()) {
                reload();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.cancel();
        }
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("lead.title") : name(detail)) + " · " + getTranslation("app.title");
    }
}
