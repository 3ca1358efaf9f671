package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MyWorkViewTest extends KaribuSpringTest {

    private static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    private String leadWithFollowUp(String name, String introducedBy, String followUpId, String assignee) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named(name, null), SourceMarket.LONDON, null, introducedBy, null))
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        commands.sendAndWait(new ScheduleFollowUpCommand(leadId, followUpId, "call " + name, TODAY, assignee, null));
        return leadId;
    }

    private static List<String> companies(Grid<FollowUpItem> grid) {
        return grid.getGenericDataView().getItems().map(FollowUpItem::companyNameEn).toList();
    }

    private static int rowOf(Grid<FollowUpItem> grid, String company) {
        return companies(grid).indexOf(company);
    }

    private MyWorkView openWhenListed(String... companies) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(
                () -> open(MyWorkView.class, Locale.ENGLISH),
                view -> companies(view.dueToday).containsAll(List.of(companies)));
    }

    @Test
    void anAmbassadorsWorkHoldsTheFollowUpsOnTheirLeadsWhoeverDoesThem() {
        String theirs = "Fleet Work " + UUID.randomUUID().toString().substring(0, 6);
        String others = "Harbour Work " + UUID.randomUUID().toString().substring(0, 6);
        leadWithFollowUp(theirs, "demo-amb-london", "f-theirs", "staff");
        leadWithFollowUp(others, "demo-amb-hk", "f-others", "staff");
        signIn("ambassador");

        MyWorkView view = openWhenListed(theirs);

        assertThat(companies(view.dueToday)).doesNotContain(others);
    }

    @Test
    void aFollowUpIsDoneOrRescheduledRightInTheList() {
        String done = "Done Here " + UUID.randomUUID().toString().substring(0, 6);
        String moved = "Moved Here " + UUID.randomUUID().toString().substring(0, 6);
        String doneLead = leadWithFollowUp(done, null, "f-done", "staff");
        leadWithFollowUp(moved, null, "f-moved", "staff");
        signIn("staff");
        MyWorkView view = openWhenListed(done, moved);

        _click(_get(GridKt._getCellComponent(view.dueToday, rowOf(view.dueToday, done), "actions"), Button.class,
                    spec -> spec.withText("Done")));

        assertThat(companies(view.dueToday)).doesNotContain(done);
        assertThat(queries.query(new FindLeadDetailQuery(doneLead), ResponseTypes.instanceOf(LeadDetail.class))
                          .join().followUps()).singleElement().extracting(LeadDetail.FollowUpEntry::done)
                                                .isEqualTo(true);

        _click(_get(GridKt._getCellComponent(view.dueToday, rowOf(view.dueToday, moved), "actions"), Button.class,
                    spec -> spec.withText("Reschedule")));
        CommandDialog dialog = _get(CommandDialog.class);
        _get(dialog, BureauDatePicker.class).setValue(TODAY.plusDays(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));

        assertThat(companies(view.dueToday)).doesNotContain(moved);
        assertThat(companies(view.upcoming)).contains(moved);
    }

    @Test
    void emptySectionsSaySoInWords() {
        signIn("manager");
        MyWorkView view = open(MyWorkView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(view.overdue.getEmptyStateText()).isEqualTo("没有逾期的跟进");
        assertThat(view.dueToday.getEmptyStateText()).isEqualTo("今天没有到期的跟进");
        assertThat(view.upcoming.getEmptyStateText()).isEqualTo("没有即将到期的跟进");
        assertThat(view.stale.getEmptyStateText()).isEqualTo("没有久未联系的线索");
    }
}
