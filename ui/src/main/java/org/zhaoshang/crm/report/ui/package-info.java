/**
 * The reports leadership reads, in the UI: the weekly dispatch (调度表) and the monthly circular (通报) on screen with
 * their Word and Excel downloads, and the reports issued so far (managers issue one by hand).
 */
package org.zhaoshang.crm.report.ui;
