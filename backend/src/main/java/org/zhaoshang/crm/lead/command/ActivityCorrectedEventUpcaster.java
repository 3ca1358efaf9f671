package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;

/** Corrections recorded before they could change an activity's visibility (revision 1) left it as it was. */
@Component
class ActivityCorrectedEventUpcaster extends PayloadRevisionUpcaster {

    ActivityCorrectedEventUpcaster() {
        super(ActivityCorrectedEvent.class, "1", "2");
    }

    @Override
    protected void raise(ObjectNode payload) {
        payload.putNull("internal");
    }
}
