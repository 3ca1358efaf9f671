package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
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

    /**
     * Issue 17 (speed): the list is drawn for the width the browser last had in this session, so that opening it
     * needs no round trip to ask for the width first (the phone's next visit shows its cards at once).
     */
    @Test
    void theListIsDrawnForTheWidthLastSeenInTheSession() {
        signIn("ambassador");
        LeadsView atADesk = open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        assertThat(shownColumns(atADesk)).contains("company", "identified").doesNotContain("card");
        reportWidth(atADesk, 390);
        assertThat(shownColumns(atADesk)).containsExactly("card");

        LeadsView onAPhone = open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        assertThat(shownColumns(onAPhone)).containsExactly("card");
        reportWidth(onAPhone, 1024);
        assertThat(shownColumns(open(LeadsView.class, Locale.SIMPLIFIED_CHINESE)))
                .contains("company", "investment").doesNotContain("card", "identified");
    }

    /** The browser's width, as the list's script reports it when it calls for other columns than those drawn. */
    private static void reportWidth(LeadsView view, int width) {
        JsonObject data = Json.createObject();
        data.put(LeadCards.WIDTH_DATA, width);
        ElementUtilsKt._fireDomEvent(view.grid.getElement(),
                                     new DomEvent(view.grid.getElement(), LeadCards.OTHER_WIDTH, data));
    }
}
