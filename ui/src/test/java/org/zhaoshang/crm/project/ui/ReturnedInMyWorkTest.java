package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.ui.MyWorkView;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;
import java.util.UUID;
import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReturnedInMyWorkTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    @Test
    void aReturnedFactIsInItsRecordersWorkWithTheReasonAndAWayToTheProject() {
        SignedLeads leads = new SignedLeads(commands, queries);
        String company = "Returned Work " + UUID.randomUUID().toString().substring(0, 6);
        SignedLeads.Signed lead = leads.lead("staff", company);
        String progressId = leads.capital(lead, "staff", Role.STAFF, "700");
        leads.decide(lead, progressId, Decision.RETURNED, "回单不清晰，请重新上传");
        signIn("staff");

        // the returned list is a read model, a moment behind the decision
        MyWorkView view = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> open(MyWorkView.class, Locale.SIMPLIFIED_CHINESE),
                shown -> shown.getElement().getTextRecursively().contains(company));

        Div returned = _get(view, Div.class, spec -> spec.withClasses("returned-to-me"));
        assertThat(returned.getElement().getTextRecursively())
                .contains(company, "资金到位 700 万元", "已退回：王建国（局长）", "原因：回单不清晰，请重新上传");
        assertThat(_find(returned, Anchor.class)).extracting(Anchor::getHref)
                                                 .contains("leads/" + lead.leadId() + "?tab=projects");
    }

    @Test
    void othersDoNotSeeTheFactsReturnedToStaff() {
        signIn("staff-li.na");

        MyWorkView view = open(MyWorkView.class, Locale.ENGLISH);

        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("project-lead-link"))).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("No progress returned to you");
    }
}
