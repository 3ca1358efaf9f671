package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user's work: their follow-ups overdue and due today (then the next ones), and their open leads
 * without contact for {@value #STALE_DAYS} days.
 */
@Route("my-work")
@Menu(title = "nav.work", order = 5)
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    static final int STALE_DAYS = 30;

    final Grid<FollowUpItem> overdue = followUpGrid();
    final Grid<FollowUpItem> dueToday = followUpGrid();
    final Grid<FollowUpItem> upcoming = followUpGrid();
    final Grid<LeadSummary> stale = new Grid<>();

    public MyWorkView(QueryGateway queries, CurrentCaller current) {
        String me = current.caller().id();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        FollowUps mine = queries.query(new FindFollowUpsQuery(me, today), ResponseTypes.instanceOf(FollowUps.class))
                                .join();
        overdue.setItems(mine.overdue());
        dueToday.setItems(mine.dueToday());
        upcoming.setItems(mine.upcoming());
        LeadFilter staleFilter = new LeadFilter(null, null, null, null, Set.of(me), null, null, null,
                                                Set.of(LeadStatus.OPEN), null, null, null, null, null,
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
        LeadRows.openOnClick(stale, LeadSummary::leadId, staleNames);
        add(new H2(getTranslation("work.title")),
            new H3(getTranslation("work.overdue", mine.overdue().size())), overdue,
            new H3(getTranslation("work.dueToday", mine.dueToday().size())), dueToday,
            new H3(getTranslation("work.upcoming", mine.upcoming().size())), upcoming,
            new H3(getTranslation("work.stale", STALE_DAYS, staleLeads.size())), stale);
    }

    private Grid<FollowUpItem> followUpGrid() {
        Grid<FollowUpItem> grid = new Grid<>();
        grid.addColumn(item -> BureauFormats.date(item.followUp().dueOn(), getLocale()))
            .setHeader(getTranslation("lead.followUp.dueOn")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<FollowUpItem> names = LeadRows.addLinkColumn(
                grid, FollowUpItem::leadId, item -> LeadsView.companyName(item.companyNameZh(), item.companyNameEn()))
            .setHeader(getTranslation("leads.column.company")).setFlexGrow(1);
        grid.addColumn(item -> item.followUp().nextStep()).setHeader(getTranslation("lead.followUp.nextStep"))
            .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        LeadRows.openOnClick(grid, FollowUpItem::leadId, names);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.title") + " · " + getTranslation("app.title");
    }
}
