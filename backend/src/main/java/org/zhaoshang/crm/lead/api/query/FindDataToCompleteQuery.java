package org.zhaoshang.crm.lead.api.query;

/**
 * The leads an import placed past a stage gate without its data, until that data is recorded: the leads of one owner
 * (everyone's the caller may see when null), one page of them, and how many owe each gate.
 *
 * @param page the page, from 0
 * @param size leads per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record FindDataToCompleteQuery(String owner, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
}
