package org.zhaoshang.crm.conversion.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ConversionViewTest extends KaribuSpringTest {

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
}
