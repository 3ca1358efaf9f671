package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;
import java.util.Map;

/**
 * The leads that owe a stage gate's data, the furthest stage first; each lead's {@link LeadSummary#dataToComplete}
 * says what it owes and where the stage came from.
 *
 * @param leadsPerGate how many of the leads owe each gate's data (the stage whose gate it is)
 * @param total        how many leads owe data in all
 * @param leads        the page asked for
 */
public record DataToComplete(Map<Stage, Long> leadsPerGate, long total, List<LeadSummary> leads) {
}
