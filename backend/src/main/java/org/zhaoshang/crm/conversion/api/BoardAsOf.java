package org.zhaoshang.crm.conversion.api;

import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.util.List;

/**
 * The open leads per stage on a past day. Planned investment is the lead's figure today (figures are not kept by day).
 *
 * @param leadIds the leads with the largest planned investment first, at most the number asked for
 */
public record BoardAsOf(List<Column> columns) {

    public record Column(Stage stage, long leads, BigDecimal plannedInvestmentCnyWan, List<String> leadIds) {
    }
}
