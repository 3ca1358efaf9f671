package org.zhaoshang.crm.lead.api.value;

/**
 * One cell of a bureau's sheet kept as the sheet has it: the column's header and the cell's text.
 *
 * @param header the column's header in the sheet's first row (a blank header is named by its column, e.g. 第 5 列)
 * @param text   the cell's text, without surrounding spaces
 */
public record SheetCell(String header, String text) {
}
