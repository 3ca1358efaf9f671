package org.zhaoshang.crm.ambassador.ui;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AmbassadorsViewTest extends KaribuSpringTest {

    @Test
    void anAmbassadorSeesTheirOwnPageWithTheirScorecard() {
        signIn("ambassador");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);

        assertThat(view.grid.getGenericDataView().getItems().map(ambassador -> ambassador.ambassadorId()).toList())
                .containsExactly("demo-amb-london");
        assertThat(view.grid.getColumns().stream().map(column -> column.getHeaderText()))
                .contains("Leads introduced", "Conversion");
    }

    @Test
    void staffSeeEveryAmbassadorButNoScorecards() {
        signIn("staff");
        AmbassadorsView view = open(AmbassadorsView.class, Locale.ENGLISH);

        assertThat(view.grid.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(7);
        assertThat(view.grid.getColumns().stream().map(column -> column.getHeaderText()))
                .doesNotContain("Leads introduced");
    }
}
