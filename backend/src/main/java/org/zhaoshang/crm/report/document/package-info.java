/**
 * The reports as files: the weekly dispatch and the monthly circular laid out once ({@link
 * org.zhaoshang.crm.report.document.ReportLayout}: title, the day they are as known at, sections of tables) and
 * written as Word (XWPF) or Excel (XSSF), in Chinese or English, numbers as a bureau writes them.
 */
package org.zhaoshang.crm.report.document;
