package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;

/**
 * Data a stage's gate lacked ({@link LeadGateDataMissingEvent}) is on the lead now: a visit logged, the figures
 * updated, the agreement or the registration recorded. The stage still reads as recorded without it at the time.
 *
 * @param fields the fields now there; the gate is complete when none it lacked is left
 */
@Revision("1")
public record LeadGateDataCompletedEvent(String leadId, Stage stage, List<String> fields) implements LeadEvent {

    public LeadGateDataCompletedEvent {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
