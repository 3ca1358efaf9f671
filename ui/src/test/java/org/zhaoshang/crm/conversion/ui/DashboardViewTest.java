package org.zhaoshang.crm.conversion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.project.api.query.FindSigningsQuery;
import org.zhaoshang.crm.project.api.query.Signings;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DashboardViewTest extends KaribuSpringTest {

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheYearsTargetsInChineseAndAClickOpensTheLeadsBehindAFigure() {
        signIn("manager");
        DashboardView view = open(DashboardView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(_find(view.targets, Span.class, spec -> spec.withClasses("target-label")).stream()
                           .map(Span::getText))
                .containsExactly("签约项目", "签约投资", "亩均投资", "载体面积", "世界 500 强项目");
        assertThat(_find(view.targets, Span.class, spec -> spec.withClasses("target-goal")).get(2).getText())
                .isEqualTo("目标 5,500 万元");

        view.byMarket.clicked("洽谈", "伦敦");

        _get(LeadsView.class);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("leads");
        assertThat(location.getQueryParameters().getParameters())
                .containsEntry("stage", java.util.List.of(Stage.NEGOTIATION.name()))
                .containsEntry("market", java.util.List.of(SourceMarket.LONDON.name()))
                .containsEntry("status", java.util.List.of(LeadStatus.OPEN.name()));
    }

    @Test
    void aTargetCardAndAFunnelStageOpenTheLeadsTheyCount() {
        signIn("manager");
        DashboardView view = open(DashboardView.class, Locale.ENGLISH);
        Div signedCard = _find(view.targets, Div.class, spec -> spec.withClasses("target-card")).get(0);
        long signed = Long.parseLong(_get(signedCard, Span.class, spec -> spec.withClasses("target-value")).getText());

        _click(signedCard);

        LeadsBehindDialog dialog = _get(LeadsBehindDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Signed projects");
        assertThat(dialog.grid.getGenericDataView().getItems().count()).isEqualTo(signed);
        assertThat(dialog.grid.getGenericDataView().getItems().toList())
                .allSatisfy(lead -> assertThat(lead.furthestStage()).isGreaterThanOrEqualTo(Stage.SIGNED));
        dialog.close();

        view.funnel.clicked("Negotiation", "Funnel");

        assertThat(_get(LeadsBehindDialog.class).grid.getGenericDataView().getItems().toList())
                .isNotEmpty()
                .allSatisfy(lead -> assertThat(lead.furthestStage()).isGreaterThanOrEqualTo(Stage.NEGOTIATION));
    }

    @Test
    void aLeadClickedInTheLeadsBehindAFigureOpens() {
        signIn("manager");
        DashboardView view = open(DashboardView.class, Locale.ENGLISH);
        _click(_find(view.targets, Div.class, spec -> spec.withClasses("target-card")).get(0));
        LeadsBehindDialog dialog = _get(LeadsBehindDialog.class);
        String first = dialog.grid.getGenericDataView().getItems().findFirst().orElseThrow().leadId();

        GridKt._clickItem(dialog.grid, 0);

        assertThat(_find(LeadsBehindDialog.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("leads/" + first);
        _get(LeadView.class);
    }

    @Test
    void aMissedTargetShowsInAWarningColourWithItsProgress() {
        signIn("manager");
        DashboardView view = open(DashboardView.class, Locale.SIMPLIFIED_CHINESE);
        List<Div> cards = _find(view.targets, Div.class, spec -> spec.withClasses("target-card"));
        Div perMu = cards.get(2);
        String shown = _get(perMu, Span.class, spec -> spec.withClasses("target-value")).getText();

        // the demo's signed projects are far below 5,500 万元 per 亩
        assertThat(shown).endsWith("万元");
        assertThat(perMu.getClassNames()).contains("target-missed");
        ProgressBar progress = _get(perMu, ProgressBar.class);
        assertThat(progress.getValue()).isBetween(0.0, 0.999);
        assertThat(_get(perMu, Span.class, spec -> spec.withClasses("target-progress")).getText())
                .matches("\\d+% · 低于目标");
    }

    @Test
    void theFiveTargetCardsShareOneRowInEnglishToo() {
        signIn("manager");
        DashboardView view = open(DashboardView.class, Locale.ENGLISH);

        assertThat(view.targets.getStyle().get("display")).isEqualTo("grid");
        assertThat(_find(view.targets, Div.class, spec -> spec.withClasses("target-card"))).hasSize(5);
    }

    @Test
    void theSignedCardsShowTheLedgersReportedAndVerifiedSigningsInBothLanguages() {
        signIn("manager");
        int year = Year.now(BureauTime.ZONE).getValue();

        // the demo's signed leads get their projects from a processor shortly after start: compare once it is done
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Signings signings = queries.query(new FindSigningsQuery(year), ResponseTypes.instanceOf(Signings.class))
                                       .join();
            DashboardView view = open(DashboardView.class, Locale.SIMPLIFIED_CHINESE);
            List<Span> ledger = _find(view.targets, Span.class, spec -> spec.withClasses("target-signings"));
            assertThat(ledger).hasSize(2);
            assertThat(ledger.get(0).getText()).isEqualTo("台账上报 " + signings.reportedProjects()
                                                          + " 个 · 已认定 " + signings.verifiedProjects() + " 个");
            assertThat(ledger.get(1).getText())
                    .matches("台账上报 [\\d,.]+ (万元|亿元) · 已认定 [\\d,.]+ (万元|亿元)");
        });
        DashboardView english = open(DashboardView.class, Locale.ENGLISH);
        assertThat(_find(english.targets, Span.class, spec -> spec.withClasses("target-signings")).get(1).getText())
                .matches("Ledger: CNY [\\d,.]+ (million|billion) reported · CNY [\\d,.]+ (million|billion) verified");
    }
}
