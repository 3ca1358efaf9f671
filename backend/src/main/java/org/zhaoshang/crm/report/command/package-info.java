/** Issuing a report: once per report, whichever node or user tries first; the content is kept before it is told. */
package org.zhaoshang.crm.report.command;
