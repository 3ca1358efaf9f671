package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;

/** Activities logged before internal notes existed (revision 1) were visible to everyone: not internal. */
@Component
class ActivityLoggedEventUpcaster extends PayloadRevisionUpcaster {

    ActivityLoggedEventUpcaster() {
        super(ActivityLoggedEvent.class, "1", "2");
    }

    @Override
    protected void raise(ObjectNode payload) {
        payload.put("internal", false);
    }
}
