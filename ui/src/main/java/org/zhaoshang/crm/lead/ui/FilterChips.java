package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Every filter the leads list applies, in words above the list ("引荐人：王芳 ✕"), each removable, and "clear all":
 * a filter that came with a link (a scorecard's ambassador) has no field of its own and would otherwise be invisible.
 */
class FilterChips extends HorizontalLayout {

    private final Function<String, String> ambassadorName;
    private final Supplier<LeadListState> current;
    private final Consumer<LeadListState> apply;

    /**
     * @param current what the list shows now
     * @param apply   shows the list as given (fields, address, rows)
     */
    FilterChips(Function<String, String> ambassadorName, Supplier<LeadListState> current,
                Consumer<LeadListState> apply) {
        this.ambassadorName = ambassadorName;
        this.current = current;
        this.apply = apply;
        addClassName("filter-chips");
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)");
    }

    void show(LeadListState state) {
        removeAll();
        if (state.text() != null) {
            chip("filter.chip.text", state.text(), s -> with(s, null, s.markets(), s.stages(), s.statuses(),
                                                                 s.owner(), s.ambassador()));
        }
        if (!state.markets().isEmpty()) {
            chip("pipeline.filter.markets", words(state.markets(), "market."),
                 s -> with(s, s.text(), Set.of(), s.stages(), s.statuses(), s.owner(), s.ambassador()));
        }
        if (!state.stages().isEmpty()) {
            chip("leads.filter.stages", words(state.stages(), "stage."),
                 s -> with(s, s.text(), s.markets(), Set.of(), s.statuses(), s.owner(), s.ambassador()));
        }
        if (!state.statuses().isEmpty()) {
            chip("leads.filter.statuses", words(state.statuses(), "export.status."),
                 s -> with(s, s.text(), s.markets(), s.stages(), Set.of(), s.owner(), s.ambassador()));
        }
        if (state.owner() != null) {
            chip("pipeline.filter.owner", state.owner(),
                 s -> with(s, s.text(), s.markets(), s.stages(), s.statuses(), null, s.ambassador()));
        }
        if (state.ambassador() != null) {
            chip("filter.chip.ambassador", ambassadorName.apply(state.ambassador()),
                 s -> with(s, s.text(), s.markets(), s.stages(), s.statuses(), s.owner(), null));
        }
        if (getComponentCount() > 0) {
            Button clearAll = new Button(getTranslation("filter.clearAll"), click -> apply.accept(
                    with(current.get(), null, Set.of(), Set.of(), Set.of(), null,
                         null)));
            clearAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            clearAll.addClassName("filter-clear-all");
            add(clearAll);
        }
        setVisible(getComponentCount() > 0);
    }

    private void chip(String labelKey, String value, UnaryOperator<LeadListState> without) {
        Button chip = new Button(getTranslation("filter.chip", getTranslation(labelKey), value) + " ✕",
                                 click -> apply.accept(without.apply(current.get())));
        chip.getElement().setAttribute("aria-label", getTranslation("filter.remove",
                                                                    getTranslation(labelKey), value));
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        chip.addClassName("filter-chip");
        add(chip);
    }

    private String words(Collection<? extends Enum<?>> values, String keyPrefix) {
        return values.stream().sorted().map(value -> getTranslation(keyPrefix + value.name()))
                     .collect(Collectors.joining(getTranslation("filter.chip.separator")));
    }

    private static LeadListState with(LeadListState state, String text, Set<SourceMarket> markets,
                                      Set<Stage> stages, Set<LeadStatus> statuses, String owner, String ambassador) {
        return new LeadListState(text, markets, stages, statuses, owner, ambassador, state.sort(), state.descending());
    }
}
