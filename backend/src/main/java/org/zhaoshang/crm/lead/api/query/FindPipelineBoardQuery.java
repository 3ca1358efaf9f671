package org.zhaoshang.crm.lead.api.query;

/** The board of the leads a filter selects; open leads only unless the filter names statuses. */
public record FindPipelineBoardQuery(LeadFilter filter, int cardsPerStage) {

    public static final int MAX_CARDS_PER_STAGE = 200;

    public FindPipelineBoardQuery {
        filter = filter == null ? LeadFilter.none() : filter;
    }
}
