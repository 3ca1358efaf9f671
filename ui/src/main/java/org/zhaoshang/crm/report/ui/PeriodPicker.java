package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A period chosen by stepping back and forth (a week, a month), written out in words between the buttons; never
 * beyond the latest period.
 */
final class PeriodPicker<P extends Comparable<P>> extends HorizontalLayout {

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span label = new Span();
    private final P latest;
    private final Function<P, String> words;
    private P value;

    PeriodPicker(P latest, UnaryOperator<P> back, UnaryOperator<P> forth, Function<P, String> words,
                 String previousLabel, String nextLabel, Consumer<P> chosen) {
        this.latest = latest;
        this.words = words;
        addClassName("period-picker");
        label.addClassName("period-label");
        previous.setAriaLabel(previousLabel);
        previous.setTooltipText(previousLabel);
        next.setAriaLabel(nextLabel);
        next.setTooltipText(nextLabel);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> {
            set(back.apply(value));
            chosen.accept(value);
        });
        next.addClickListener(click -> {
            set(forth.apply(value));
            chosen.accept(value);
        });
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(false);
        add(previous, label, next);
        set(latest);
    }

    P value() {
        return value;
    }

    void set(P period) {
        value = period.compareTo(latest) > 0 ? latest : period;
        label.setText(words.apply(value));
        next.setEnabled(value.compareTo(latest) < 0);
    }
}
