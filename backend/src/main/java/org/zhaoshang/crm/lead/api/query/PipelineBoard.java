package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.Stage;
import java.math.BigDecimal;
import java.util.List;

/** The pipeline by stage, in stage order. */
public record PipelineBoard(List<Column> columns) {

    /**
     * @param leads                   the number of leads in the stage
     * @param plannedInvestmentCnyWan their planned investment together, in 万元
     * @param cards                   the leads with the largest planned investment first, at most the number asked for
     */
    public record Column(Stage stage, long leads, BigDecimal plannedInvestmentCnyWan, List<LeadSummary> cards) {
    }
}
