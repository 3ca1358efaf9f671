/**
 * The reports issued: what each said when it was issued, kept whole in {@code issued_reports} (unfiltered, as
 * managers read it), and handed out from there to each reader filtered for them, in their language, however many
 * facts were recorded since.
 */
package org.zhaoshang.crm.report.issued;
