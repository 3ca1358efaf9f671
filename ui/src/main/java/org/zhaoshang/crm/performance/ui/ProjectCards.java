package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.zhaoshang.crm.lead.ui.LeadRows;
import org.zhaoshang.crm.ui.DialogClosingOnNavigation;

import java.util.List;
import java.util.function.Function;

/**
 * A dialog listing projects as cards, one per row (company linking to its lead, then its facts): the same at a
 * desk and on a phone. A click on a card opens its lead; the dialog closes when the user navigates away.
 */
class ProjectCards<T> extends DialogClosingOnNavigation {

    /** More than this many are counted, not listed: the list is for looking into a figure, not exporting. */
    static final int MAX_LISTED = 500;
    /** Up to this many the dialog is as tall as its list; a longer list scrolls. */
    private static final int SHORT_LIST = 12;

    final Grid<T> grid = new Grid<>();
    final Span count = new Span();
    private final Function<T, String> facts;

    ProjectCards(String title, List<T> rows, Function<T, String> leadId, Function<T, String> company,
                 Function<T, String> facts) {
        super(title);
        this.facts = facts;
        addClassName("projects-behind");
        setWidth("min(60rem, 95vw)");
        grid.setEmptyStateText(getTranslation("performance.projects.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        List<T> listed = rows.stream().limit(MAX_LISTED).toList();
        count.setText(rows.size() > MAX_LISTED ? getTranslation("behind.countFirst", listed.size(), rows.size())
                                               : getTranslation("performance.projects.count", rows.size()));
        Grid.Column<T> cards = grid.addColumn(LitRenderer.<T>of("""
                        <div class="project-card"><a class="lead-link" href="${item.href}" router-link \
                        tabindex="-1">${item.name}</a><span class="project-card-facts">${item.facts}</span></div>""")
                                                      .withProperty("href", row -> LeadRows.href(leadId.apply(row)))
                                                      .withProperty("name", company::apply)
                                                      .withProperty("facts", facts::apply));
        grid.setItems(listed);
        LeadRows.openOnClick(grid, leadId, cards);
        if (listed.size() <= SHORT_LIST) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("min(60vh, 32rem)");
        }
        add(count, grid);
        getFooter().add(new Button(getTranslation("behind.close"), click -> close()));
    }

    /** The facts line of a row, as its card shows it. */
    String factsOf(T row) {
        return facts.apply(row);
    }
}
