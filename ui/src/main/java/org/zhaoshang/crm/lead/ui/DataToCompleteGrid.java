package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.MissingGateData;

import java.util.function.Function;
import java.util.stream.Collectors;

/** Leads owing a stage gate's data: each a link to the lead, its stage, its owner and what it owes. */
final class DataToCompleteGrid {

    private DataToCompleteGrid() {
    }

    static Grid<LeadSummary> create(Function<String, String> nameOfPerson) {
        Grid<LeadSummary> grid = new Grid<>();
        Grid.Column<LeadSummary> names = LeadRows.addLinkColumn(grid, LeadSummary::leadId, LeadsView::companyName)
                                                 .setHeader(grid.getTranslation("leads.column.company"))
                                                 .setFlexGrow(1);
        grid.addColumn(lead -> grid.getTranslation("stage." + lead.stage().name())).setKey("stage")
            .setHeader(grid.getTranslation("leads.column.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(lead -> lead.owner() == null ? "—" : nameOfPerson.apply(lead.owner())).setKey("owner")
            .setHeader(grid.getTranslation("field.owner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(lead -> owed(grid, lead)).setKey("owed").setTooltipGenerator(lead -> owed(grid, lead))
            .setHeader(grid.getTranslation("dataToComplete.column.owed")).setFlexGrow(2);
        grid.setEmptyStateText(grid.getTranslation("dataToComplete.none"));
        LeadRows.openOnClick(grid, LeadSummary::leadId, names);
        return grid;
    }

    /** What the lead owes, gate by gate, in the user's words. */
    static String owed(Grid<?> grid, LeadSummary lead) {
        return lead.dataToComplete().stream().map(gate -> owed(grid, gate))
                   .collect(Collectors.joining(grid.getTranslation("import.messageSeparator")));
    }

    private static String owed(Grid<?> grid, MissingGateData gate) {
        return grid.getTranslation("lead.dataToComplete.gate", grid.getTranslation("stage." + gate.stage().name()),
                                   gate.fields().stream()
                                       .map(field -> grid.getTranslation("lead.dataToComplete.field." + field))
                                       .collect(Collectors.joining(grid.getTranslation("filter.chip.separator"))));
    }
}
