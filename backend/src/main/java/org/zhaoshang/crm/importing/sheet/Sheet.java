package org.zhaoshang.crm.importing.sheet;

import java.util.List;

/**
 * A sheet's cells as text: the first non-empty row is the header; rows are as long as the header (missing cells
 * empty). Dates from Excel cells are given as 2026-03-05, numbers without grouping or trailing zeros.
 */
public record Sheet(List<String> headers, List<List<String>> rows) {
}
