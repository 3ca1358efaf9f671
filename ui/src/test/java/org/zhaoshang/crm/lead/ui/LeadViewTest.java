package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
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
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
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

        boolean sent = new LeadCommandSender(stale, view, () -> reloaded.set(true)).send(new Object(), null);

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
}
