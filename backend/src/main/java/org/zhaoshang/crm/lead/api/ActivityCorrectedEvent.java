package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The activity as it should have been recorded. Revision 2 adds {@code internal}: true hides the whole activity
 * (every version of it) from ambassadors and partners, false shows it; null (always so in revision 1 events, which
 * are upcast without it) leaves it as it was.
 */
@Revision("2")
public record ActivityCorrectedEvent(String leadId, String activityId, ActivityType type, LocalDate occurredOn,
                                     List<String> participants, String summary, Boolean internal) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
