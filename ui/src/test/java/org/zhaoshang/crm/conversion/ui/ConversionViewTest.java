package org.zhaoshang.crm.conversion.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ConversionViewTest extends KaribuSpringTest {

    @Autowired
    QueryGateway queries;

    @Test
    void slicesByMarketWithJapanAndKoreaTogetherAndLooksBackToAPastDay() {
        signIn("manager");
        ConversionView view = open(ConversionView.class, Locale.ENGLISH);

        assertThat(view.funnel.getGenericDataView().getItems().map(row -> row.value()).toList())
                .contains("JAPAN_KOREA");
        assertThat(view.timeInStage.getGenericDataView().getItems().count()).isEqualTo(8);
        assertThat(view.board.isVisible()).isFalse();

        _setValue(view.asOf, LocalDate.now(BureauTime.ZONE).minusDays(60));
        _setValue(view.knowledge, Knowledge.AS_KNOWN_THEN);

        assertThat(view.board.isVisible()).isTrue();
        assertThat(view.board.getGenericDataView().getItems().count()).isEqualTo(8);
        assertThat(view.boardTitle.getText()).startsWith("The board on ");
        // every test lead was recorded today: 60 days ago, as known then, nothing was known yet
        assertThat(view.funnel.getGenericDataView().getItems().count()).isZero();

        _setValue(view.asOf, null);
        _setValue(view.dimension, ConversionDimension.ALL);
        assertThat(view.funnel.getGenericDataView().getItems().map(row -> row.value()).toList())
                .containsExactly("*");
    }

    @Test
    void aFunnelFigureOpensExactlyTheLeadsBehindIt() {
        signIn("manager");
        ConversionView view = open(ConversionView.class, Locale.ENGLISH);
        _setValue(view.dimension, ConversionDimension.ALL);
        ConversionReport.Row all = view.funnel.getGenericDataView().getItems().findFirst().orElseThrow();
        long entered = all.stages().get(Stage.SITE_VISIT.ordinal()).entered();

        GridKt._clickItem(view.funnel, 0, Stage.SITE_VISIT.name());

        LeadsBehindDialog dialog = _get(LeadsBehindDialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Leads that reached \"Site visit\" in ");
        assertThat(dialog.grid.getGenericDataView().getItems().count())
                .isEqualTo(Math.min(entered, LeadsBehindDialog.MAX_LISTED));
        assertThat(dialog.grid.getGenericDataView().getItems().toList())
                .allSatisfy(lead -> assertThat(lead.furthestStage()).isGreaterThanOrEqualTo(Stage.SITE_VISIT));
    }

    @Test
    void theCohortChartFollowsTheChosenSliceAndTheLookBackDay() {
        signIn("manager");
        ConversionView view = open(ConversionView.class, Locale.ENGLISH);
        YearMonth january = Year.now(BureauTime.ZONE).atMonth(1);
        ConversionReport.Row last = view.funnel.getGenericDataView().getItems().reduce((a, b) -> b).orElseThrow();

        view.funnel.select(last);

        CohortReport slice = queries.query(new FindCohortsQuery(january, january.plusMonths(11),
                                                                ConversionDimension.MARKET, last.value()),
                                           ResponseTypes.instanceOf(CohortReport.class)).join();
        assertThat(cohortSeries(view, "Lead")).isEqualTo(slice.cohorts().stream().map(CohortReport.Cohort::leads)
                                                              .toList());

        _setValue(view.dimension, ConversionDimension.ALL);
        assertThat(cohortSeries(view, "Lead").stream().mapToLong(Long::longValue).sum()).isPositive();
        _setValue(view.asOf, LocalDate.now(BureauTime.ZONE).minusDays(60));
        _setValue(view.knowledge, Knowledge.AS_KNOWN_THEN);

        // every test lead was recorded today: 60 days ago nothing was known yet
        assertThat(cohortSeries(view, "Lead")).containsOnly(0L);
    }

    @Test
    void aFigureOfAPastDayOpensTheLeadsBehindItAsTheyStoodThen() {
        signIn("manager");
        ConversionView view = open(ConversionView.class, Locale.ENGLISH);
        _setValue(view.dimension, ConversionDimension.ALL);
        _setValue(view.asOf, LocalDate.now(BureauTime.ZONE).minusDays(20));
        ConversionReport.Row all = view.funnel.getGenericDataView().getItems().findFirst().orElseThrow();

        GridKt._clickItem(view.funnel, 0, Stage.LEAD.name());

        LeadsBehindDialog dialog = _get(LeadsBehindDialog.class);
        assertThat(dialog.grid.getGenericDataView().getItems().count())
                .isEqualTo(all.stages().get(Stage.LEAD.ordinal()).entered());
    }

    @Test
    void theCellsAndTheWinRateAreExplainedInWords() {
        signIn("manager");
        ConversionView view = open(ConversionView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(_get(view, Span.class, spec -> spec.withClasses("conversion-legend")).getText())
                .contains("进入该阶段的线索数").contains("进入下一阶段");
        assertThat(_get(view, Span.class, spec -> spec.withClasses("conversion-win-rate")).getText())
                .contains("签约 ÷（签约 + 流失）");
    }

    @Test
    void theLookBackDayIsInTheAddressAndALinkRestoresIt() {
        signIn("manager");
        open(ConversionView.class, Locale.ENGLISH);
        LocalDate day = LocalDate.now(BureauTime.ZONE).minusDays(30);
        UI.getCurrent().navigate("conversion", QueryParameters.full(Map.of(
                "asOf", new String[]{day.toString()}, "knowledge", new String[]{"AS_KNOWN_THEN"},
                "dimension", new String[]{"CHANNEL"})));
        ConversionView view = _get(ConversionView.class);

        assertThat(view.asOf.getValue()).isEqualTo(day);
        assertThat(view.knowledge.getValue()).isEqualTo(Knowledge.AS_KNOWN_THEN);
        assertThat(view.dimension.getValue()).isEqualTo(ConversionDimension.CHANNEL);
        assertThat(view.board.isVisible()).isTrue();

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _setValue(view.asOf, day.minusDays(1));

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                     .map(invocation -> invocation.getInvocation().getParameters().toString()))
                .anyMatch(address -> address.contains("asOf=" + day.minusDays(1)));

        UI.getCurrent().navigate("conversion", QueryParameters.full(Map.of(
                "asOf", new String[]{"someday"}, "knowledge", new String[]{"NOPE"})));
        ConversionView fresh = _get(ConversionView.class);
        assertThat(fresh.asOf.getValue()).isNull();
        assertThat(fresh.knowledge.getValue()).isEqualTo(Knowledge.AS_KNOWN_NOW);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> cohortSeries(ConversionView view, String stage) {
        List<Map<String, Object>> series = (List<Map<String, Object>>) view.cohorts.getOption().get("series");
        return series.stream().filter(one -> one.get("name").equals(stage)).findFirst().map(
                one -> ((List<Number>) one.get("data")).stream().map(Number::longValue).toList()).orElseThrow();
    }
}
