package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.mockito.Mockito;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.zhaoshang.crm.ui.DateTyping.typeUnreadable;
import static org.assertj.core.api.Assertions.assertThat;

class LeadViewTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;

    /** A lead owned by {@code owner}, as if they had created it. */
    private String lead(String owner, String introducedBy) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named("Lombard Capital " + leadId.substring(0, 6), "伦巴第资本"), SourceMarket.LONDON,
                null, introducedBy, null)).andMetaData(Map.of(Actor.META_DATA_KEY, owner)));
        return leadId;
    }

    private static String badges(LeadView view) {
        return view.badges.getElement().getTextRecursively();
    }

    private LeadView open(String user, String leadId, Locale locale) {
        signIn(user);
        open(LeadsView.class, locale);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        return _get(LeadView.class);
    }

    @Test
    void theOwnerAdvancesTheLeadAndAStageGateAsksForWhatIsMissing() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        assertThat(view.actions.advance.getText()).isEqualTo("Move to \"Contacted\"");

        _click(view.actions.advance);
        assertThat(badges(view)).contains("Contacted");
        _click(view.actions.advance);

        GateDialog gate = _get(GateDialog.class);
        assertThat(gate.visitOn.isVisible()).isTrue();
        assertThat(gate.getHeaderTitle()).isEqualTo("Before \"Site visit\" the lead still needs");
        _setValue(gate.visitOn, LocalDate.now(BureauTime.ZONE).minusDays(2));
        _click(gate.move);

        assertThat(_find(GateDialog.class)).isEmpty();
        assertThat(badges(view)).contains("Site visit");
        assertThat(view.activities.grid.getGenericDataView().getItems().toList())
                .singleElement().satisfies(activity -> assertThat(activity.type()).isEqualTo(ActivityType.VISIT_BY_THEM));
        assertThat(view.timeline.grid.getGenericDataView().getItems().count()).isEqualTo(4);
    }

    @Test
    void aDayThatIsNotADateIsSaidSoAtItsFieldAndNothingReachesTheStageGate() {
        LeadView view = open("staff", lead("staff", null), Locale.SIMPLIFIED_CHINESE);
        _click(view.actions.advance);
        _click(view.actions.advance);
        GateDialog gate = _get(GateDialog.class);

        typeUnreadable(gate.visitOn, "2026-13-45");
        _click(gate.move);

        assertThat(gate.visitOn.isInvalid()).isTrue();
        assertThat(gate.visitOn.getErrorMessage()).startsWith("不是日期");
        assertThat(gate.isOpened()).isTrue();
        assertThat(badges(view)).contains("初步接洽");
        assertThat(view.activities.grid.getGenericDataView().getItems().toList()).isEmpty();

        typeUnreadable(gate.visitOn, "2026年12月5日");
        assertThat(gate.visitOn.getValue()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(gate.visitOn.isInvalid()).isFalse();
    }

    @Test
    void aHoldWithoutReasonOrDayShowsWhatIsMissingInChinese() {
        LeadView view = open("staff", lead("staff", null), Locale.SIMPLIFIED_CHINESE);

        _click(view.actions.hold);
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("确定")));

        assertThat(_get(dialog, TextArea.class).isInvalid()).isTrue();
        assertThat(_get(dialog, TextArea.class).getErrorMessage()).isEqualTo("必填");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(badges(view)).doesNotContain("暂缓");
    }

    @Test
    void aConflictWithSomeoneElsesChangeOffersAReload() {
        LeadView view = open("manager", lead("staff", null), Locale.ENGLISH);
        CommandGateway stale = Mockito.mock(CommandGateway.class);
        Mockito.when(stale.sendAndWait(Mockito.any()))
               .thenThrow(new ConflictingAggregateVersionException("lead-1", 3, 4));
        AtomicBoolean reloaded = new AtomicBoolean();

        boolean sent = new CommandSender(stale, view, () -> reloaded.set(true)).send(new Object(), null);

        assertThat(sent).isFalse();
        Notification offer = _get(Notification.class);
        assertThat(offer.getElement().getTextRecursively())
                .contains("Someone else changed this record; reload and try again");
        _click(_get(offer, Button.class, spec -> spec.withText("Reload")));
        assertThat(reloaded).isTrue();
    }

    @Test
    void anAmbassadorGetsOnlyTheActionsTheirRoleAllows() {
        LeadView view = open("ambassador", lead("manager", "demo-amb-london"), Locale.ENGLISH);

        assertThat(view.actions.advance.isVisible()).isTrue();
        assertThat(view.actions.hold.isVisible()).isFalse();
        assertThat(view.actions.lose.isVisible()).isFalse();
        assertThat(view.actions.reassign.isVisible()).isFalse();
        assertThat(view.activities.internal.isVisible()).isFalse();
        assertThat(view.numbers.isEnabled()).isFalse();
    }

    @Test
    void staffWhoDoNotOwnTheLeadSeeItButCannotChangeIt() {
        String leadId = lead("staff", null);
        commands.sendAndWait(new ReassignLeadCommand(leadId, "staff-li.na", null));

        LeadView view = open("staff", leadId, Locale.ENGLISH);

        assertThat(view.title.getText()).contains("Lombard Capital");
        assertThat(view.actions.advance.isVisible()).isFalse();
        assertThat(view.numbers.isEnabled()).isFalse();
    }

    @Test
    void theOwnerCorrectsTheCompanyAndABadWebsiteIsShownAtItsField() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);

        _setValue(view.company.website, "thames.example");
        _click(view.company.saveCompany);
        assertThat(view.company.website.isInvalid()).isTrue();
        assertThat(view.company.website.getErrorMessage())
                .isEqualTo("Must be an address starting with http:// or https://");

        _setValue(view.company.website, "https://thames.example");
        _setValue(view.company.homeCity, "London");
        _click(view.company.saveCompany);
        assertThat(view.company.website.isInvalid()).isFalse();
        assertThat(view.company.homeCity.getValue()).isEqualTo("London");
        assertThat(view.timeline.grid.getGenericDataView().getItems().map(entry -> entry.type()).toList())
                .contains("LeadCompanyUpdated");
    }

    @Test
    void aChineseUserGivesFamilyAndGivenNameAndSeesTheNameWrittenFamilyFirst() {
        LeadView view = open("staff", lead("staff", null), Locale.SIMPLIFIED_CHINESE);
        select(view, view.contacts);
        assertThat(view.contacts.familyName.getLabel()).isEqualTo("姓");
        assertThat(view.contacts.givenName.getLabel()).isEqualTo("名");

        _click(view.contacts.save);
        assertThat(view.contacts.familyName.getErrorMessage()).isEqualTo("请填写姓、名或两者");

        _setValue(view.contacts.familyName, "欧阳");
        _setValue(view.contacts.givenName, "明华");
        _click(view.contacts.save);
        assertThat(GridKt._getFormatted(view.contacts.grid, 0, "name")).isEqualTo("欧阳明华");
    }

    @Test
    void theOwnerAddsCorrectsAndRemovesAContact() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        select(view, view.contacts);

        _setValue(view.contacts.familyName, "Tanaka");
        _setValue(view.contacts.givenName, "Hiroshi");
        _setValue(view.contacts.messagingHandle, "tanaka-h");
        _click(view.contacts.save);
        assertThat(view.contacts.messagingApp.isInvalid()).isTrue();
        assertThat(view.contacts.grid.getGenericDataView().getItems()).isEmpty();

        _setValue(view.contacts.messagingApp, MessagingApp.LINE);
        _click(view.contacts.save);
        assertThat(GridKt._getFormatted(view.contacts.grid, 0, "messaging")).isEqualTo("LINE: tanaka-h");
        assertThat(GridKt._getFormatted(view.contacts.grid, 0, "name")).isEqualTo("Hiroshi Tanaka");

        _click(_get(GridKt._getCellComponent(view.contacts.grid, 0, "actions"), Button.class,
                    spec -> spec.withText("Edit")));
        assertThat(view.contacts.familyName.getValue()).isEqualTo("Tanaka");
        assertThat(view.contacts.givenName.getValue()).isEqualTo("Hiroshi");
        _setValue(view.contacts.title, "Managing Director");
        _click(view.contacts.save);
        assertThat(view.contacts.grid.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(entry -> assertThat(entry.contact().title()).isEqualTo("Managing Director"));
        assertThat(view.contacts.familyName.getValue()).isEmpty();

        _click(_get(GridKt._getCellComponent(view.contacts.grid, 0, "actions"), Button.class,
                    spec -> spec.withText("Remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _fireConfirm(confirm);
        assertThat(view.contacts.grid.getGenericDataView().getItems()).isEmpty();
        assertThat(view.timeline.grid.getGenericDataView().getItems().map(entry -> entry.type()).toList())
                .contains("ContactAdded", "ContactChanged", "ContactRemoved");
    }

    @Test
    void theOwnerCorrectsAnActivityAndRetractsAnotherWithAReason() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        logCall(view, "Call with the CFO");
        logCall(view, "Logged on the wrong lead");

        int wrong = rowOfSummary(view, "Logged on the wrong lead");
        _click(_get(GridKt._getCellComponent(view.activities.grid, wrong, "actions"), Button.class,
                    spec -> spec.withText("Retract")));
        CommandDialog retract = _get(CommandDialog.class);
        _click(_get(retract, Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(retract, TextArea.class).isInvalid()).isTrue();
        _setValue(_get(retract, TextArea.class), "Belongs to another lead");
        _click(_get(retract, Button.class, spec -> spec.withText("Confirm")));
        assertThat(retract.isOpened()).isFalse();

        int call = rowOfSummary(view, "Call with the CFO");
        _click(_get(GridKt._getCellComponent(view.activities.grid, call, "actions"), Button.class,
                    spec -> spec.withText("Correct")));
        assertThat(view.activities.log.getText()).isEqualTo("Save correction");
        _setValue(view.activities.summary, "Call with the CFO and the COO");
        _click(view.activities.log);

        assertThat(view.activities.grid.getGenericDataView().getItems().toList())
                .anySatisfy(activity -> {
                    assertThat(activity.summary()).isEqualTo("Call with the CFO and the COO");
                    assertThat(activity.retracted()).isFalse();
                })
                .anySatisfy(activity -> {
                    assertThat(activity.summary()).isEqualTo("Logged on the wrong lead");
                    assertThat(activity.retracted()).isTrue();
                    assertThat(activity.retractionReason()).isEqualTo("Belongs to another lead");
                })
                .hasSize(2);
        assertThat(view.activities.log.getText()).isEqualTo("Log");
    }

    /** Issue 15: moving back out of SIGNED is the bureau's; the owner says why, an ambassador is not offered it. */
    @Test
    void theOwnerMovesASignedLeadBackWithAReasonAndAnAmbassadorCannot() {
        String leadId = signedLead("staff", "demo-amb-london");
        LeadView asAmbassador = open("ambassador", leadId, Locale.ENGLISH);
        assertThat(asAmbassador.actions.back.isVisible()).isFalse();

        LeadView view = open("staff", leadId, Locale.ENGLISH);
        assertThat(view.actions.back.getText()).isEqualTo("Back to \"Intent / MoU\"");
        _click(view.actions.back);
        CommandDialog reason = _get(CommandDialog.class);
        _click(_get(reason, Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(reason, TextArea.class).isInvalid()).isTrue();
        _setValue(_get(reason, TextArea.class), "The agreement was withdrawn");
        _click(_get(reason, Button.class, spec -> spec.withText("Confirm")));

        assertThat(reason.isOpened()).isFalse();
        assertThat(view.actions.advance.getText()).isEqualTo("Move to \"Signed\"");
    }

    /** Issue 17, habits: a save said nothing; now each says what was saved, and required fields are marked before. */
    @Test
    void everySaveIsConfirmedWithAToastAndRequiredFieldsAreMarkedBeforehand() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        String name = view.title.getText();
        assertThat(view.followUps.nextStep.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.followUps.dueOn.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.activities.occurredOn.isRequiredIndicatorVisible()).isTrue();

        _setValue(view.numbers.investmentWan, new java.math.BigDecimal("3000"));
        _click(view.numbers.save);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                           .map(toast -> toast.getElement().getProperty("text")))
                .contains("Figures of " + name + " saved");

        select(view, view.followUps);
        _setValue(view.followUps.nextStep, "Send the brochure");
        _setValue(view.followUps.dueOn, LocalDate.now(BureauTime.ZONE).plusDays(3));
        _click(view.followUps.schedule);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                           .map(toast -> toast.getElement().getProperty("text")))
                .contains("Follow-up for " + name + " scheduled");

        select(view, view.company);
        _setValue(view.company.homeCity, "Manchester");
        _click(view.company.saveCompany);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                           .map(toast -> toast.getElement().getProperty("text")))
                .contains("Saved: " + LeadView.name(view.detail()));
    }

    /** Issue 17 item 6: where the lead stands, as a path of every stage. */
    @Test
    void theLeadPageShowsThePathOfStagesWithTheCurrentOneHighlighted() {
        String leadId = signedLead("staff", null);
        LeadView view = open("staff", leadId, Locale.SIMPLIFIED_CHINESE);

        List<String> done = view.path.getChildren().filter(step -> step.getElement().getClassList().contains("done"))
                                     .map(step -> step.getElement().getText()).toList();
        assertThat(done).containsExactly("线索", "初步接洽", "实地考察", "洽谈", "签订意向");
        assertThat(view.path.getChildren().filter(step -> step.getElement().getClassList().contains("current"))
                            .map(step -> step.getElement().getText())).containsExactly("正式签约");
        assertThat(view.path.getChildren().filter(step -> step.getElement().getClassList().contains("ahead")).count()).isEqualTo(2);
    }

    private String signedLead(String owner, String introducedBy) {
        String leadId = lead(owner, introducedBy);
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        commands.sendAndWait(new UpdateLeadNumbersCommand(leadId, new java.math.BigDecimal("5000"), null, null, null,
                                                          null, null, null, TargetZone.FINANCIAL_CITY_CLUSTER, null,
                                                          null));
        commands.sendAndWait(new LogActivityCommand(leadId, "visit", ActivityType.VISIT_BY_THEM, today, List.of(),
                                                    "visit", null, null));
        commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.SIGNED, today, null, today, "S-1", null, null));
        return leadId;
    }

    /** Issue 15: a correction could not make an activity internal (the box was disabled, the API dropped it). */
    @Test
    void theOwnerMakesAnActivityInternalByCorrectingIt() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        logCall(view, "Call about the incentives");

        _click(_get(GridKt._getCellComponent(view.activities.grid, rowOfSummary(view, "Call about the incentives"),
                                             "actions"), Button.class, spec -> spec.withText("Correct")));
        assertThat(view.activities.internal.isEnabled()).isTrue();
        _setValue(view.activities.internal, true);
        _click(view.activities.log);

        assertThat(view.activities.grid.getGenericDataView().getItems().toList()).singleElement().satisfies(
                activity -> assertThat(activity.internal()).isTrue());
    }

    @Test
    void aFollowUpIsRescheduledNotIntoThePastAndDoneWithItsOutcome() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        select(view, view.followUps);
        _setValue(view.followUps.nextStep, "Send the district brochure");
        _setValue(view.followUps.dueOn, today.plusDays(3));
        _click(view.followUps.schedule);

        _click(_get(GridKt._getCellComponent(view.followUps.grid, 0, "actions"), Button.class,
                    spec -> spec.withText("Reschedule")));
        CommandDialog reschedule = _get(CommandDialog.class);
        DatePicker newDueOn = _get(reschedule, DatePicker.class);
        _setValue(newDueOn, today.minusDays(1));
        _click(_get(reschedule, Button.class, spec -> spec.withText("Confirm")));
        assertThat(newDueOn.getErrorMessage()).isEqualTo("Must be today or later");
        _setValue(newDueOn, today.plusDays(10));
        _click(_get(reschedule, Button.class, spec -> spec.withText("Confirm")));
        assertThat(view.followUps.grid.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(followUp -> assertThat(followUp.dueOn()).isEqualTo(today.plusDays(10)));

        _click(_get(GridKt._getCellComponent(view.followUps.grid, 0, "actions"), Button.class,
                    spec -> spec.withText("Done")));
        CommandDialog done = _get(CommandDialog.class);
        _setValue(_get(done, TextArea.class), "Brochure sent; they asked for the tax policy");
        _click(_get(done, Button.class, spec -> spec.withText("Confirm")));
        assertThat(view.followUps.grid.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(followUp -> {
                    assertThat(followUp.done()).isTrue();
                    assertThat(followUp.outcome()).isEqualTo("Brochure sent; they asked for the tax policy");
                });
    }

    @Test
    void theOwnerCorrectsTheSourceAndCreditsAnAmbassador() {
        LeadView view = open("staff", lead("staff", null), Locale.ENGLISH);

        _setValue(view.company.channel, Channel.ROADSHOW_EVENT);
        view.company.introducedBy.selectAmbassador("demo-amb-london");
        _click(view.company.saveSource);

        assertThat(view.people.getText()).contains("Ambassador: Fleet Street Advisory LLP");
        assertThat(view.company.channel.getValue()).isEqualTo(Channel.ROADSHOW_EVENT);
        assertThat(view.company.introducedBy.ambassadorId()).isEqualTo("demo-amb-london");
    }

    @Test
    void anAmbassadorMayNotRemoveContactsNorCorrectActivities() {
        LeadView view = open("ambassador", lead("manager", "demo-amb-london"), Locale.ENGLISH);
        select(view, view.contacts);
        _setValue(view.contacts.familyName, "Kim");
        _setValue(view.contacts.givenName, "Min-jun");
        _click(view.contacts.save);
        logCall(view, "Met at the chamber dinner");

        Component contactActions = GridKt._getCellComponent(view.contacts.grid, 0, "actions");
        assertThat(_get(contactActions, Button.class, spec -> spec.withText("Edit")).isVisible()).isTrue();
        assertThat(_find(contactActions, Button.class, spec -> spec.withText("Remove"))).isEmpty();
        assertThat(view.activities.grid.getColumnByKey("actions").isVisible()).isFalse();
    }

    private static void select(LeadView view, Component panel) {
        view.tabs.setSelectedTab(view.tabs.getTab(panel));
    }

    private static void logCall(LeadView view, String summary) {
        select(view, view.activities);
        _setValue(view.activities.type, ActivityType.CALL);
        _setValue(view.activities.summary, summary);
        _click(view.activities.log);
        assertThat(view.activities.summary.getValue()).isEmpty();
    }

    private static int rowOfSummary(LeadView view, String summary) {
        List<LeadDetail.ActivityEntry> activities = view.activities.grid.getGenericDataView().getItems().toList();
        for (int row = 0; row < activities.size(); row++) {
            if (summary.equals(activities.get(row).summary())) {
                return row;
            }
        }
        throw new AssertionError("no activity " + summary);
    }
}
