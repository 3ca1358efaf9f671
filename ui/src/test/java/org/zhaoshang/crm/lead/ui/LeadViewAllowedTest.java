package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether the user may change a lead is the backend's answer in the lead's detail, not decided again in the view:
 * when the detail says no, even the lead's owner gets no actions.
 */
class LeadViewAllowedTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;
    @MockitoSpyBean
    private QueryGateway queries;

    @Test
    void theViewHidesTheActionsWhenTheDetailSaysTheUserMayNotChangeTheLead() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named("Allowed Capital " + leadId.substring(0, 6), null), SourceMarket.LONDON, null,
                null, null)).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        answerDetailsAsFor(Caller.user("someone-else", Set.of(Role.STAFF), null));

        LeadView view = open("staff", leadId);

        assertThat(view.title.getText()).contains("Allowed Capital");
        assertThat(view.actions.advance.isVisible()).isFalse();
        assertThat(view.actions.hold.isVisible()).isFalse();
        assertThat(view.numbers.isEnabled()).isFalse();
        assertThat(view.activities.log.isVisible()).isFalse();
    }

    @Test
    void theOwnerToldTheyMayChangeTheLeadGetsTheActions() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named("Owned Capital " + leadId.substring(0, 6), null), SourceMarket.LONDON, null,
                null, null)).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));

        LeadView view = open("staff", leadId);

        assertThat(view.actions.advance.isVisible()).isTrue();
        assertThat(view.numbers.isEnabled()).isTrue();
        assertThat(view.activities.log.isVisible()).isTrue();
    }

    /** Every lead's detail as the backend would answer it to {@code caller}. */
    @SuppressWarnings("unchecked")
    private void answerDetailsAsFor(Caller caller) {
        Mockito.doAnswer(call -> ((CompletableFuture<LeadDetail>) call.callRealMethod())
                       .thenApply(detail -> detail == null ? null : detail.allowing(caller)))
               .when(queries).query(Mockito.anyString(), Mockito.any(FindLeadDetailQuery.class),
                                    Mockito.<ResponseType<LeadDetail>>any());
    }

    private LeadView open(String user, String leadId) {
        signIn(user);
        open(LeadsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        return _get(LeadView.class);
    }
}
