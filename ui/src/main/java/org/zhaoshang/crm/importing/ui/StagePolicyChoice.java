package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.zhaoshang.crm.lead.api.value.StagePolicy;

/**
 * The import's choice of what to do with a row whose stage lacks what the stage gates ask for (a visit, the figures,
 * the agreement, the registration), each way explained in the user's words; as recorded unless the user chooses.
 * Tells {@code changed} when the user changes it.
 */
class StagePolicyChoice extends VerticalLayout {

    final RadioButtonGroup<StagePolicy> choice = new RadioButtonGroup<>();

    StagePolicyChoice(Runnable changed) {
        choice.setItems(StagePolicy.values());
        choice.setRenderer(new ComponentRenderer<>(policy -> {
            Span title = new Span(getTranslation("import.stagePolicy." + policy.name()));
            title.addClassName("stage-policy-title");
            Span help = new Span(getTranslation("import.stagePolicy." + policy.name() + ".help"));
            help.addClassName("stage-policy-help");
            Div item = new Div(title, new Div(help));
            item.addClassName("stage-policy");
            return item;
        }));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setValue(StagePolicy.AS_RECORDED);
        choice.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                choice.setValue(StagePolicy.AS_RECORDED);
            }
            changed.run();
        });
        add(new H3(getTranslation("import.stagePolicy")), choice);
        setPadding(false);
    }

    StagePolicy chosen() {
        return choice.getValue() == null ? StagePolicy.AS_RECORDED : choice.getValue();
    }
}
