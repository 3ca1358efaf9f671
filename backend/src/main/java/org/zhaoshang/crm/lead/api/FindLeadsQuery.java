package org.zhaoshang.crm.lead.api;

/** One page of leads, most recently identified first. Pages count from 0. */
public record FindLeadsQuery(int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
}
