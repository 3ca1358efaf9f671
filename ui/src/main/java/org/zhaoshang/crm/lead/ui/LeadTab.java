package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Component;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.security.api.Caller;

/**
 * A tab that a feature built on leads adds to the lead view (a Spring bean): the lead view cannot name such features,
 * which depend on leads.
 */
public interface LeadTab {

    /** A new panel for one lead view; {@code leadChanged} reloads the view after the panel changed the lead. */
    Panel create(Runnable leadChanged);

    /** Whether the caller gets this tab at all: one that is not offered is never built, not merely hidden. */
    default boolean offeredTo(Caller caller) {
        return true;
    }

    /** The content of the tab on one lead view. */
    interface Panel {

        /** The tab's name in an address: {@code /leads/<id>?tab=<key>} opens the lead at this tab. */
        String key();

        /** The tab's title, in the user's language. */
        String title();

        Component component();

        /** Shows the lead as loaded (again); false when the lead has nothing to show here (the tab hides). */
        boolean show(LeadDetail lead);
    }
}
