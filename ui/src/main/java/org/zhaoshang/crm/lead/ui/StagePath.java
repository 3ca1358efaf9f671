package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.Locale;

/**
 * Where a lead stands on its way, as Salesforce's path shows it: every stage in order, those passed marked done, the
 * current one highlighted (with its status when the lead is on hold or lost), those ahead plain.
 */
class StagePath extends OrderedList {

    StagePath() {
        addClassName("stage-path");
        getElement().setAttribute("aria-label", getTranslation("lead.path.label"));
    }

    void show(Stage current, LeadStatus status) {
        removeAll();
        for (Stage stage : Stage.values()) {
            ListItem step = new ListItem(getTranslation("stage." + stage.name()));
            step.getElement().setAttribute("data-stage", stage.name());
            int position = stage.compareTo(current);
            if (position < 0) {
                step.addClassName("done");
                step.getElement().setAttribute("title", getTranslation("lead.path.done"));
            } else if (position == 0) {
                step.addClassName("current");
                step.getElement().setAttribute("aria-current", "step");
                if (status != LeadStatus.OPEN) {
                    step.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
                    step.setText(getTranslation("stage." + stage.name()) + " · "
                                 + getTranslation("status." + status.name()));
                }
            } else {
                step.addClassName("ahead");
            }
            add(step);
        }
    }
}
