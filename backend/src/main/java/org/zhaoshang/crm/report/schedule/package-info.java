/**
 * Issuing the reports on their day: a check every few minutes issues, as the application, the last dispatch and the
 * last circular whose day and hour have come, unless issued already; a node that was down at the hour issues them when
 * it is back, and two nodes issue each once between them (the aggregate decides).
 */
package org.zhaoshang.crm.report.schedule;
