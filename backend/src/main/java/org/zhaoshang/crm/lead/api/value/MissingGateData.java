package org.zhaoshang.crm.lead.api.value;

import java.util.List;

/**
 * What a lead still lacks of a stage's gate it was placed past by an import, and where that stage came from.
 *
 * @param fields what it lacks (activities for a logged visit, plannedInvestment, targetZone, agreementSignedOn,
 *               agreementReference, registeredOn)
 * @param file   the sheet; null when unknown
 * @param row    the sheet's row (the header being row 1); null when unknown
 */
public record MissingGateData(Stage stage, List<String> fields, String file, Integer row) {

    public MissingGateData {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
