package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;

/**
 * Where an imported row's lead stands (or in a dry run would stand) after its move under the import's stage policy.
 *
 * @param asked   the stage the sheet gives
 * @param reached the stage the lead is at: lower than asked when the policy lowered it
 * @param missing the gates passed without their data, recorded on the lead
 */
public record ImportedStage(Stage asked, Stage reached, List<MissingGateData> missing) {

    public ImportedStage {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public boolean lowered() {
        return reached.compareTo(asked) < 0;
    }
}
