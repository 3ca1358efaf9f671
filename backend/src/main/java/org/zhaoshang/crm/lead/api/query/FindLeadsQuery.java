package org.zhaoshang.crm.lead.api.query;

/** One page of the leads a filter selects, in the order asked for, with the total. Pages count from 0. */
public record FindLeadsQuery(LeadFilter filter, LeadSort sort, boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public FindLeadsQuery {
        filter = filter == null ? LeadFilter.none() : filter;
        sort = sort == null ? LeadSort.IDENTIFIED_ON : sort;
    }

    /** The most recently identified leads first, unfiltered. */
    public static FindLeadsQuery newestFirst(int page, int size) {
        return new FindLeadsQuery(LeadFilter.none(), LeadSort.IDENTIFIED_ON, true, page, size);
    }
}
