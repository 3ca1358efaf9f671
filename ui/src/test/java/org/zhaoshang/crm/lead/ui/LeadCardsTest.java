package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LeadCardsTest extends KaribuSpringTest {

    private static List<String> shownColumns(LeadsView view) {
        return view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void aPhoneGetsOneCardPerLeadALaptopTheColumnsThatFitADesktopAll() {
        signIn("ambassador");
        LeadsView view = open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);

        view.cards.fit(390);
        assertThat(shownColumns(view)).containsExactly("card");
        view.cards.fit(1024);
        assertThat(shownColumns(view)).contains("company", "market", "stage", "investment")
                                      .doesNotContain("card", "identified");
        view.cards.fit(1440);
        assertThat(shownColumns(view)).contains("company", "identified").doesNotContain("card");
    }
}
