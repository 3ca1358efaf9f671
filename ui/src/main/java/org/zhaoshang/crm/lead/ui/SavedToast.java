package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.ui.Toast;

/** The toast after a change to a lead was saved ("已保存：泰晤士资本"); a refused change says so where it was made. */
final class SavedToast {

    private SavedToast() {
    }

    static boolean confirm(boolean saved, LeadDetail lead) {
        if (saved) {
            Toast.done(UI.getCurrent().getTranslation("lead.form.saved", LeadView.name(lead)));
        }
        return saved;
    }
}
