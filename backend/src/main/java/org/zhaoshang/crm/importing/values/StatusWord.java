package org.zhaoshang.crm.importing.values;

import org.zhaoshang.crm.lead.api.value.LeadStatus;

/**
 * What a stage cell says of a lead's status, beside its stage.
 *
 * @param status            ON_HOLD, LOST or OPEN; null when the cell has no status word
 * @param competingLocation where a lost lead went instead, as the cell names it (济南高新区, Shanghai, 他地); null when
 *                          it names none
 * @param rest              the cell without its status words and place, to be read as a stage (may be empty)
 */
public record StatusWord(LeadStatus status, String competingLocation, String rest) {
}
