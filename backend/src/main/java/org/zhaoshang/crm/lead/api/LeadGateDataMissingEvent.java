package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;

/**
 * A lead placed at a stage its bureau recorded (an imported sheet's row) without the data this stage's gate asks for:
 * recorded before the move, so that the stage reads for ever as one the bureau recorded, not a gate passed here. The
 * lead owes the data until a {@link LeadGateDataCompletedEvent} records it.
 *
 * @param stage  the stage whose gate lacks data
 * @param fields what it lacks, named as the gate's violations name them (activities for a logged visit,
 *               plannedInvestment, targetZone, agreementSignedOn, agreementReference, registeredOn)
 * @param file   the sheet the stage came from
 * @param row    its row in the sheet (the header being row 1)
 */
@Revision("1")
public record LeadGateDataMissingEvent(String leadId, Stage stage, List<String> fields, String file, Integer row)
        implements LeadEvent {

    public LeadGateDataMissingEvent {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
