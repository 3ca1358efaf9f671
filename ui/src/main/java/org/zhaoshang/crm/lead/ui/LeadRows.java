package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Rows of leads that behave as links: a click opens the lead, Enter opens the focused row, and the lead's name is a
 * real link, so ctrl, ⌘ or middle click opens it in a new tab as the browser does it.
 */
public final class LeadRows {

    private LeadRows() {
    }

    /** The column of names that link to their leads. */
    public static <T> Grid.Column<T> addLinkColumn(Grid<T> grid, Function<T, String> leadId, Function<T, String> name) {
        return grid.addColumn(LitRenderer.<T>of("<a class=\"lead-link\" href=\"${item.href}\" router-link"
                                                + " tabindex=\"-1\">${item.name}</a>")
                                         .withProperty("href", row -> href(leadId.apply(row)))
                                         .withProperty("name", name::apply));
    }

    /**
     * A click on a row opens its lead, and so does Enter on the focused row. A click on the link itself is left to
     * the link (the router opens it in place, the browser in a new tab with ctrl, ⌘ or the middle button).
     */
    public static <T> void openOnClick(Grid<T> grid, Function<T, String> leadId, Grid.Column<T> links) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        grid.addItemClickListener(click -> {
            if (click.getColumn() != links && !click.isCtrlKey() && !click.isMetaKey()) {
                open(leadId.apply(click.getItem()));
            }
        });
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.get() != null) {
                open(leadId.apply(focused.get()));
            }
        }, Key.ENTER).listenOn(grid);
    }

    private static void open(String leadId) {
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
    }

    /** The address of a lead's view, relative to the app's root (for a link). */
    public static String href(String leadId) {
        return "leads/" + URLEncoder.encode(leadId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
