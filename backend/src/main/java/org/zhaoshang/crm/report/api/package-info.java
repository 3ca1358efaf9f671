/**
 * The reports leadership reads: the weekly dispatch (调度表) of key projects and the monthly circular (通报), as known
 * at the end of their period, and the reports issued on schedule. Names of events are permanent.
 */
package org.zhaoshang.crm.report.api;
