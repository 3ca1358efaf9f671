package org.zhaoshang.crm.project.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectsTabTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private LeadDocuments documents;

    private SignedLeads signed() {
        return new SignedLeads(commands, queries);
    }

    /** The lead at its projects tab, once the lead's list of projects (a read model, a moment behind) has them. */
    private ProjectsPanel openProjects(String user, String leadId, Locale locale) {
        signIn(user);
        return await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            open(LeadsView.class, locale);
            UI.getCurrent().navigate("leads/" + leadId, QueryParameters.of("tab", ProjectsPanel.KEY));
            _get(LeadView.class);
            return _find(ProjectsPanel.class).stream().findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void theTabShowsWhatTheAgreementPromisedAgainstWhatHappenedAndEachFactsVerification() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Moorgate Signed " + UUID.randomUUID().toString().substring(0, 6));
        String approved = leads.capital(lead, "staff", Role.STAFF, "2000");
        leads.decide(lead, approved, Decision.APPROVED, null);
        String returned = leads.capital(lead, "staff", Role.STAFF, "300");
        leads.decide(lead, returned, Decision.RETURNED, "回单金额与到账金额不符");

        ProjectsPanel panel = openProjects("staff", lead.leadId(), Locale.SIMPLIFIED_CHINESE);

        assertThat(_get(TabSheet.class).getSelectedTab().getLabel())
                .isEqualTo("签约项目");
        String shown = text(panel);
        assertThat(shown).contains("首次签约", "楼宇类", "注册资本1,000 万元", "总投资5,000 万元", "800 万元", "120",
                                   "3,600 m²", "汉峪金谷 A3");
        ProjectsPanel.ProjectCard card = panel.cards.get(0);
        // promised against actual: registration overdue by 30 days, the first tranche arrived (verified), not the second
        List<String> lines = java.util.stream.IntStream.range(0, GridKt._size(card.promisedAgainstActual()))
                .mapToObj(row -> String.join("|", GridKt._getFormattedRow(card.promisedAgainstActual(), row)))
                .toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("注册|").contains("已逾期 30 天", "未达成"))
                         .anySatisfy(line -> assertThat(line).startsWith("资金第 1 笔 2,000 万元|")
                                                             .contains("已认定"))
                         .anySatisfy(line -> assertThat(line).startsWith("资金第 2 笔 3,000 万元|")
                                                             .contains("未达成", "按期"));
        assertThat(card.facts()).extracting(fact -> text(fact.line()))
                                .anySatisfy(line -> assertThat(line).contains("资金到位 2,000 万元", "张伟",
                                                                              "已认定：王建国（局长）"))
                                .anySatisfy(line -> assertThat(line).contains("资金到位 300 万元",
                                                                              "原因：回单金额与到账金额不符"));
    }

    @Test
    void staffRecordCapitalWithAReceiptUploadedInTheSameDialog() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Receipt Signed " + UUID.randomUUID().toString().substring(0, 6));
        ProjectsPanel panel = openProjects("staff", lead.leadId(), Locale.ENGLISH);

        _click(panel.cards.get(0).recordProgress());
        ProgressDialog dialog = _get(ProgressDialog.class);
        assertThat(dialog.kind.getValue()).isEqualTo(ProgressKind.CAPITAL_ARRIVED);
        // the store checks the type by the content: a text renamed .pdf is refused where it was uploaded
        dialog.evidence.received("receipt.pdf", "not a receipt".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.evidence.refusal.isVisible()).isTrue();
        assertThat(dialog.evidence.refusal.getText()).startsWith("\"receipt.pdf\" was not stored: Only PDF");
        dialog.evidence.received("receipt-bank-of-jinan.pdf", SignedLeads.RECEIPT);
        assertThat(dialog.evidence.refusal.isVisible()).isFalse();
        dialog.amountWan.setValue(new BigDecimal("1500"));
        dialog.day.setValue(SignedLeads.TODAY.minusDays(2));
        _click(dialog.record);

        assertThat(_find(ProgressDialog.class)).isEmpty();
        ProgressEntry recorded = leads.project(lead).progress().get(0);
        assertThat(recorded.fact().amountWan()).isEqualByComparingTo("1500");
        assertThat(recorded.recordedBy()).isEqualTo("staff");
        assertThat(recorded.state()).isEqualTo(VerificationState.PENDING);
        assertThat(recorded.fact().evidence()).singleElement()
                .satisfies(id -> assertThat(documents.find(id).name()).isEqualTo("receipt-bank-of-jinan.pdf"));
        ProjectsPanel.FactLine line = _get(ProjectsPanel.class).cards.get(0).facts().get(0);
        assertThat(text(line.line())).contains("Capital arrived: CNY 15 million", "Pending verification");
        assertThat(_get(line.line(), Anchor.class).getText()).isEqualTo("receipt-bank-of-jinan.pdf");
        assertThat(line.verify()).as("staff do not verify").isNull();
    }

    @Test
    void aFactWithoutItsAmountIsSaidSoAtItsFieldAndNothingIsRecorded() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Amountless " + UUID.randomUUID().toString().substring(0, 6));
        ProjectsPanel panel = openProjects("staff", lead.leadId(), Locale.ENGLISH);
        _click(panel.cards.get(0).recordProgress());
        ProgressDialog dialog = _get(ProgressDialog.class);
        dialog.day.setValue(SignedLeads.TODAY);

        _click(dialog.record);

        assertThat(dialog.amountWan.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(leads.project(lead).progress()).isEmpty();
    }

    @Test
    void theOwnerChangesTheCommitmentsAndAScheduleBeyondTheTotalIsSaidSoInTheDialog() {
        SignedLeads leads = signed();
        SignedLeads.Signed lead = leads.lead("staff", "Commitments " + UUID.randomUUID().toString().substring(0, 6));
        ProjectsPanel panel = openProjects("staff", lead.leadId(), Locale.ENGLISH);

        _click(panel.cards.get(0).changeCommitments());
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class,
                                                              spec -> spec.withClasses("project-form-dialog"));
        CommitmentsForm form = _get(dialog, CommitmentsForm.class);
        assertThat(form.tranches).hasSize(2);
        form.tranches.get(1).amountWan().setValue(new BigDecimal("9000"));
        _click(_get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("inline-refusal"))
                           .getText()).isEqualTo("The tranches add up to more than the total investment");
        assertThat(leads.project(lead).commitments().capitalSchedule().get(1).amountWan())
                .isEqualByComparingTo("3000");

        form.tranches.get(1).amountWan().setValue(new BigDecimal("2500"));
        form.jobs.setValue(150);
        _click(_get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(leads.project(lead).commitments().capitalSchedule().get(1).amountWan())
                .isEqualByComparingTo("2500");
        assertThat(leads.project(lead).commitments().jobs()).isEqualTo(150);
        assertThat(leads.project(lead).commitmentsChangedBy()).isEqualTo("staff");
        assertThat(text(_get(ProjectsPanel.class))).contains("Commitments changed by 张伟");
    }

    @Test
    void aLeadWithoutProjectsHasNoProjectsTab() {
        String leadId = signed().unsigned("staff", "Unsigned " + UUID.randomUUID().toString().substring(0, 6));
        signIn("staff");
        open(LeadsView.class, Locale.ENGLISH);

        UI.getCurrent().navigate("leads/" + leadId, QueryParameters.of("tab", ProjectsPanel.KEY));

        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Timeline")
                                    .doesNotContain("Signed projects");
        assertThat(_find(ProjectsPanel.class)).isEmpty();
    }
}
