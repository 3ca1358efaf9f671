package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.EnumSet;
import java.util.Set;

/**
 * A lead to reserve units for or let them to: those at INTENT or later, not lost, that the caller may see (the lead
 * list's own rules), found by the company's name as typed.
 */
final class LeadPicker extends ComboBox<LeadSummary> {

    private static final Set<Stage> FAR_ENOUGH = EnumSet.range(Stage.INTENT, Stage.OPERATING);
    private final QueryGateway queries;

    LeadPicker(QueryGateway queries, String label) {
        super(label);
        this.queries = queries;
        addClassName("lead-picker");
        setItemLabelGenerator(LeadPicker::name);
        setPlaceholder(getTranslation("building.lead.search"));
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            LeadFilter filter = new LeadFilter(null, FAR_ENOUGH, null, null, null, null, null, null,
                                               EnumSet.of(LeadStatus.OPEN, LeadStatus.ON_HOLD), null, null, null,
                                               null, typed.length() > LeadFilter.MAX_TEXT_LENGTH
                                                     ? typed.substring(0, LeadFilter.MAX_TEXT_LENGTH) : typed,
                                               null);
            LeadPage page = queries.query(new FindLeadsQuery(filter, LeadSort.COMPANY, false, query.getPage(),
                                                             Math.min(query.getPageSize(),
                                                                      FindLeadsQuery.MAX_PAGE_SIZE)),
                                          ResponseTypes.instanceOf(LeadPage.class)).join();
            return page == null ? java.util.stream.Stream.empty() : page.leads().stream();
        });
    }

    /** Picks the lead of this id (when the caller may see it). */
    void select(String leadId) {
        LeadSummary lead = queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(LeadSummary.class))
                                  .exceptionally(failure -> null).join();
        if (lead != null) {
            setValue(lead);
        }
    }

    /** A company as the lists show it: 泰晤士资本 · Thames Capital, or the one name it has. */
    static String name(LeadSummary lead) {
        String zh = lead.companyNameZh();
        String en = lead.companyNameEn();
        return zh != null && en != null ? zh + " · " + en : zh != null ? zh : en;
    }

    /** The name to write on a unit: the Chinese one when it has one. */
    static String shortName(LeadSummary lead) {
        return lead.companyNameZh() != null ? lead.companyNameZh() : lead.companyNameEn();
    }
}
