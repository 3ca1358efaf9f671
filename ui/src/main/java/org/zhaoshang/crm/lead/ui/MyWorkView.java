package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.query.FindFollowUpsQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.query.FollowUps;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user's work: their follow-ups overdue and due today (then the next ones), each done or moved right
 * here, their open leads without contact for {@value #STALE_DAYS} days, and their leads an import placed past a stage
 * gate without its data (data to complete). Staff and managers see the follow-ups
 * assigned to them and the leads they own; an ambassador or partner, who owns no lead, those on the leads they
 * introduced (the query keeps to the leads they may see).
 */
@Route("my-work")
@Menu(title = "nav.work", order = 5)
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    static final int STALE_DAYS = 30;

    final Grid<FollowUpItem> overdue = followUpGrid("work.noOverdue");
    final Grid<FollowUpItem> dueToday = followUpGrid("work.noneDueToday");
    final Grid<FollowUpItem> upcoming = followUpGrid("work.noneUpcoming");
    final Grid<LeadSummary> stale = new Grid<>();
    final Grid<LeadSummary> dataToComplete;
    private final H3 overdueHeading = new H3();
    private final H3 dueTodayHeading = new H3();
    private final H3 upcomingHeading = new H3();
    private final CommandSender sender;
    private final LocalDate today = LocalDate.now(BureauTime.ZONE);
    private final List<FollowUpItem> followUps;

    public MyWorkView(CommandGateway commands, QueryGateway queries, CurrentCaller current,
                      PeopleDirectory directory, ObjectProvider<MyWorkSection> sections) {
        Caller caller = current.caller();
        String me = caller.id();
        sender = new CommandSender(commands, this, () -> UI.getCurrent().getPage().reload());
        String assignee = caller.limitedToOwnLeads() ? null : me;
        FollowUps mine = queries.query(new FindFollowUpsQuery(assignee, today),
                                       ResponseTypes.instanceOf(FollowUps.class)).join();
        followUps = new ArrayList<>(mine.overdue());
        followUps.addAll(mine.dueToday());
        followUps.addAll(mine.upcoming());
        showFollowUps();
        LeadFilter staleFilter = new LeadFilter(null, null, null, null, assignee == null ? null : Set.of(me), null,
                                                null, null, Set.of(LeadStatus.OPEN), null, null, null, null, null,
                                                today.minusDays(STALE_DAYS));
        List<LeadSummary> staleLeads = queries.query(new FindLeadsQuery(staleFilter, LeadSort.LAST_CONTACT, false, 0,
                                                                        FindLeadsQuery.MAX_PAGE_SIZE),
                                                     ResponseTypes.instanceOf(LeadPage.class)).join().leads();
        Grid.Column<LeadSummary> staleNames = LeadRows.addLinkColumn(stale, LeadSummary::leadId, LeadsView::companyName)
                                                      .setHeader(getTranslation("leads.column.company")).setFlexGrow(1);
        stale.addColumn(lead -> getTranslation("stage." + lead.stage().name()))
             .setHeader(getTranslation("leads.column.stage")).setAutoWidth(true).setFlexGrow(0);
        stale.addColumn(lead -> lead.lastContactOn() == null ? getTranslation("work.neverContacted")
                                                             : BureauFormats.date(lead.lastContactOn(), getLocale()))
             .setHeader(getTranslation("work.lastContact")).setAutoWidth(true).setFlexGrow(0);
        stale.setItems(staleLeads);
        stale.setAllRowsVisible(true);
        stale.setEmptyStateText(getTranslation("work.noneStale"));
        LeadRows.openOnClick(stale, LeadSummary::leadId, staleNames);
        DataToComplete owed = queries.query(new FindDataToCompleteQuery(assignee, 0,
                                                                        FindDataToCompleteQuery.MAX_PAGE_SIZE),
                                            ResponseTypes.instanceOf(DataToComplete.class)).join();
        dataToComplete = DataToCompleteGrid.create(directory::nameOf);
        dataToComplete.setItems(owed.leads());
        dataToComplete.setAllRowsVisible(true);
        add(new H2(getTranslation("work.title")),
            overdueHeading, overdue,
            dueTodayHeading, dueToday,
            upcomingHeading, upcoming,
            new H3(getTranslation("work.stale", STALE_DAYS, staleLeads.size())), stale,
            new H3(getTranslation("work.dataToComplete", owed.total())), dataToComplete);
        sections.orderedStream().forEach(section -> section.create().forEach(this::add));
    }

    /** Splits the follow-ups around today; done ones leave, moved ones change section without a round trip. */
    private void showFollowUps() {
        List<FollowUpItem> late = followUps.stream().filter(item -> item.followUp().dueOn().isBefore(today)).toList();
        List<FollowUpItem> now = followUps.stream().filter(item -> item.followUp().dueOn().isEqual(today)).toList();
        List<FollowUpItem> later = followUps.stream().filter(item -> item.followUp().dueOn().isAfter(today))
                                            .sorted(java.util.Comparator.comparing(item -> item.followUp().dueOn()))
                                            .toList();
        overdue.setItems(late);
        dueToday.setItems(now);
        upcoming.setItems(later);
        overdueHeading.setText(getTranslation("work.overdue", late.size()));
        dueTodayHeading.setText(getTranslation("work.dueToday", now.size()));
        upcomingHeading.setText(getTranslation("work.upcoming", later.size()));
    }

    private Component actions(FollowUpItem item) {
        Button done = new Button(getTranslation("lead.followUp.markDone"), click -> complete(item));
        Button reschedule = new Button(getTranslation("lead.followUp.reschedule"),
                                       click -> rescheduleDialog(item).open());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(done, reschedule);
        actions.setSpacing(false);
        actions.addClassName("work-actions");
        return actions;
    }

    private void complete(FollowUpItem item) {
        if (sender.send(new CompleteFollowUpCommand(item.leadId(), item.followUp().followUpId(), null, null), null)) {
            followUps.remove(item);
            showFollowUps();
            saved("work.done.saved", item);
        }
    }

    private CommandDialog rescheduleDialog(FollowUpItem item) {
        DatePicker newDueOn = new BureauDatePicker(getTranslation("lead.followUp.newDueOn"));
        newDueOn.setValue(item.followUp().dueOn().isBefore(today) ? today : item.followUp().dueOn());
        newDueOn.setMin(today);
        TextArea reason = new TextArea(getTranslation("lead.followUp.rescheduleReason"));
        FieldErrors errors = new FieldErrors().field("dueOn", newDueOn).field("reason", reason);
        FormLayout fields = new FormLayout(newDueOn, reason);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new CommandDialog(getTranslation("lead.followUp.reschedule.title", item.followUp().nextStep()), fields,
                                 () -> sender.send(new RescheduleFollowUpCommand(
                                         item.leadId(), item.followUp().followUpId(), newDueOn.getValue(),
                                         Texts.stripped(reason.getValue()), null), errors),
                                 () -> {
                                     LeadSummary.OpenFollowUp moved = new LeadSummary.OpenFollowUp(
                                             item.followUp().followUpId(), item.followUp().nextStep(),
                                             newDueOn.getValue(), item.followUp().assignee());
                                     followUps.set(followUps.indexOf(item), new FollowUpItem(
                                             item.leadId(), item.companyNameEn(), item.companyNameZh(), item.stage(),
                                             item.status(), moved));
                                     showFollowUps();
                                     saved("work.rescheduled.saved", item);
                                 });
    }

    private void saved(String key, FollowUpItem item) {
        Notification.show(getTranslation(key, LeadsView.companyName(item.companyNameZh(), item.companyNameEn())),
                          3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Grid<FollowUpItem> followUpGrid(String emptyKey) {
        Grid<FollowUpItem> grid = new Grid<>();
        grid.addColumn(item -> BureauFormats.date(item.followUp().dueOn(), getLocale()))
            .setHeader(getTranslation("lead.followUp.dueOn")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<FollowUpItem> names = LeadRows.addLinkColumn(
                grid, FollowUpItem::leadId, item -> LeadsView.companyName(item.companyNameZh(), item.companyNameEn()))
            .setHeader(getTranslation("leads.column.company")).setFlexGrow(1);
        grid.addColumn(item -> item.followUp().nextStep()).setHeader(getTranslation("lead.followUp.nextStep"))
            .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        LeadRows.openOnClick(grid, FollowUpItem::leadId, names);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.title") + " · " + getTranslation("app.title");
    }
}
