package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
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
        open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        resizeWindowTo(390);
        assertThat(shownColumns(_get())).containsExactly("card");

        assertThat(shownColumns(open(LeadsView.class, Locale.SIMPLIFIED_CHINESE))).containsExactly("card");
        resizeWindowTo(1440);
        assertThat(shownColumns(open(LeadsView.class, Locale.SIMPLIFIED_CHINESE))).contains("company", "identified")
                                                                                 .doesNotContain("card");
    }

    private static LeadsView _get() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(LeadsView.class);
    }

    /** The browser's window resized, as Vaadin's page tells the server. */
    private static void resizeWindowTo(int width) {
        JsonObject size = Json.createObject();
        size.put("event.w", width);
        size.put("event.h", 844);
        ElementUtilsKt._fireDomEvent(UI.getCurrent().getElement(),
                                     new DomEvent(UI.getCurrent().getElement(), "window-resize", size));
    }
}
