package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Revision 2 adds {@code internal}; revision 1 events are upcast as not internal. */
@Revision("2")
public record ActivityLoggedEvent(String leadId, String activityId, ActivityType type, LocalDate occurredOn,
                                  List<String> participants, String summary, boolean internal) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
