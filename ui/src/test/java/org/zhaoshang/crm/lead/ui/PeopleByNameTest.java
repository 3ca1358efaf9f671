package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;
import org.zhaoshang.crm.ui.MainLayout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17 item 5: people by their display names, never by login names; owners and assignees picked by name. */
class PeopleByNameTest extends KaribuSpringTest {

    private static final List<String> LOGIN_NAMES = List.of("staff", "staff-li.na", "manager");

    @Autowired
    private CommandGateway commands;

    private String leadOfStaff() {
        String leadId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        send(new CreateLeadCommand(leadId, Company.named("Mayfair Capital " + leadId.substring(0, 6), "梅费尔资本"),
                                   SourceMarket.LONDON, null, null, null));
        send(new LogActivityCommand(leadId, "a1", ActivityType.CALL, today, List.of("staff", "Emma Hughes"),
                                    "电话沟通落地意向", false, null));
        send(new ScheduleFollowUpCommand(leadId, "f1", "洽谈租金与注册事宜", today.plusDays(3), "staff-li.na", null));
        return leadId;
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
    }

    private LeadView open(String leadId, Locale locale) {
        signIn("manager");
        open(LeadsView.class, locale);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        return _get(LeadView.class);
    }

    private static List<String> column(com.vaadin.flow.component.grid.Grid<?> grid, int column) {
        return IntStream.range(0, GridKt._size(grid))
                        .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(column)).toList();
    }

    @Test
    void theHeaderTheLeadItsTimelineActivitiesAndFollowUpsNamePeopleInBothLanguages() {
        String leadId = leadOfStaff();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            LeadView view = open(leadId, locale);

            assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("王建国");
            assertThat(view.people.getText()).contains("张伟");
            assertThat(column(view.timeline.grid, 2)).containsOnly("张伟");
            assertThat(column(view.activities.grid, 2)).containsExactly("张伟、Emma Hughes".replace(
                    "、", locale == Locale.ENGLISH ? ", " : "、"));
            assertThat(column(view.followUps.grid, 2)).containsExactly("李娜");
            String shown = view.getElement().getTextRecursively() + " "
                           + String.join(" ", column(view.timeline.grid, 2));
            LOGIN_NAMES.forEach(login -> assertThat(shown).doesNotContainPattern("(?<![\\w.-])"
                                                                                 + java.util.regex.Pattern.quote(login)
                                                                                 + "(?![\\w.-])"));
        }
    }

    @Test
    void aLeadIsReassignedByPickingAPersonByNameAndTheTimelineNamesBoth() {
        LeadView view = open(leadOfStaff(), Locale.SIMPLIFIED_CHINESE);

        _click(view.actions.reassign);
        CommandDialog dialog = _get(CommandDialog.class);
        PersonPicker owner = _get(dialog, PersonPicker.class);
        assertThat(owner.getValue().displayName()).isEqualTo("张伟");
        List<Person> choices = owner.getListDataView().getItems().toList();
        assertThat(choices).extracting(Person::displayName).contains("李娜", "王芳", "刘阳", "王建国（局长）")
                           .doesNotContain("Fleet Street Advisory", "系统管理员");
        owner.setValue(choices.stream().filter(person -> person.displayName().equals("李娜")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("确定")));

        assertThat(view.people.getText()).contains("李娜");
        assertThat(view.timeline.grid.getGenericDataView().getItems().toList())
                .anySatisfy(entry -> assertThat(entry.changes()).anySatisfy(
                        change -> assertThat(change.after()).isEqualTo("staff-li.na")));
        assertThat(view.timeline.getElement().getTextRecursively() + IntStream
                .range(0, GridKt._size(view.timeline.grid))
                .mapToObj(row -> String.join(" ", GridKt._getFormattedRow(view.timeline.grid, row)))
                .reduce("", String::concat)).doesNotContain("staff-li.na");
    }

    @Test
    void theLeadsListIsFilteredByAnOwnerPickedByName() {
        String leadId = leadOfStaff();
        commands.sendAndWait(new org.zhaoshang.crm.lead.api.command.ReassignLeadCommand(leadId, "staff-li.na", null));
        signIn("manager");
        LeadsView view = open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);

        view.owner.setValue(view.owner.getListDataView().getItems()
                                      .filter(person -> person.displayName().equals("李娜")).findFirst().orElseThrow());

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(GridKt._fetch(view.grid, 0, 200)).isNotEmpty()
                                                                  .allSatisfy(lead -> assertThat(lead.owner())
                                                                          .isEqualTo("staff-li.na"))
                                                                  .anySatisfy(lead -> assertThat(lead.leadId())
                                                                          .isEqualTo(leadId)));
    }
}
