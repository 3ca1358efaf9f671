package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class VerificationViewTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    private SignedLeads signed() {
        return new SignedLeads(commands, queries);
    }

    /** The inbox once it lists the fact (its list is a read model, a moment behind), and that fact's card. */
    private VerificationView.Card cardOf(String progressId, Locale locale) {
        VerificationView view = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> open(VerificationView.class, locale),
                shown -> shown.shown.stream().anyMatch(card -> card.item().progress().progressId().equals(progressId)));
        return view.shown.stream().filter(card -> card.item().progress().progressId().equals(progressId)).findFirst()
                         .orElseThrow();
    }

    private static ProgressEntry fact(SignedLeads leads, SignedLeads.Signed lead, String progressId) {
        return leads.project(lead).progress().stream().filter(entry -> entry.progressId().equals(progressId))
                    .findFirst().orElseThrow();
    }

    @Test
    void aManagerApprovesAFactOfStaffFromItsCard() {
        SignedLeads leads = signed();
        String company = "Inbox Approve " + UUID.randomUUID().toString().substring(0, 6);
        SignedLeads.Signed lead = leads.lead("staff", company);
        String progressId = leads.capital(lead, "staff", Role.STAFF, "2000");
        signIn("manager");

        VerificationView.Card card = cardOf(progressId, Locale.SIMPLIFIED_CHINESE);

        String shown = card.card().getElement().getTextRecursively();
        assertThat(shown).contains(company, "首次签约", "资金到位 2,000 万元", "张伟 于");
        _click(card.verify().approve);

        assertThat(fact(leads, lead, progressId).state()).isEqualTo(VerificationState.APPROVED);
        assertThat(fact(leads, lead, progressId).decidedBy()).isEqualTo("manager");
        assertThat(_get(VerificationView.class).shown).doesNotContain(card);
    }

    @Test
    void aManagerReturnsAFactWithTheReasonAndAReturnWithoutOneIsSaidSo() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Inbox Return " + UUID.randomUUID().toString().substring(0, 6));
        String progressId = leads.capital(lead, "staff", Role.STAFF, "900");
        signIn("manager");
        VerificationView.Card card = cardOf(progressId, Locale.ENGLISH);

        _click(card.verify().giveBack);
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("return-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Return")));
        assertThat(_get(dialog, TextArea.class).isInvalid()).isTrue();
        assertThat(fact(leads, lead, progressId).state()).isEqualTo(VerificationState.PENDING);

        _get(dialog, TextArea.class).setValue("The receipt shows another account");
        _click(_get(dialog, Button.class, spec -> spec.withText("Return")));

        ProgressEntry returned = fact(leads, lead, progressId);
        assertThat(returned.state()).isEqualTo(VerificationState.RETURNED);
        assertThat(returned.reason()).isEqualTo("The receipt shows another account");
        assertThat(_find(Dialog.class, spec -> spec.withClasses("return-dialog"))).isEmpty();
    }

    @Test
    void aManagerWhoRecordedAFactIsRefusedRightOnItsCard() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Inbox Own " + UUID.randomUUID().toString().substring(0, 6));
        String progressId = leads.capital(lead, "manager", Role.MANAGER, "400");
        signIn("manager");
        VerificationView.Card card = cardOf(progressId, Locale.ENGLISH);
        assertThat(card.card().getElement().getTextRecursively())
                .contains("You recorded this: another manager verifies it");

        _click(card.verify().approve);

        assertThat(card.verify().refusal.isVisible()).isTrue();
        assertThat(card.verify().refusal.getText())
                .isEqualTo("You cannot verify progress you recorded yourself: another manager verifies it");
        assertThat(fact(leads, lead, progressId).state()).isEqualTo(VerificationState.PENDING);
    }

    @Test
    void onlyManagersOpenTheInbox() {
        for (String user : new String[]{"staff", "ambassador"}) {
            signIn(user);
            UI.getCurrent().navigate(VerificationView.class);
            assertThat(_find(VerificationView.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
        }
    }
}
