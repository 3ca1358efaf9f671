/**
 * What the two reports say: the weekly dispatch (调度表) and the monthly circular (通报), each as known at the end of its
 * period, assembled from the answers of supervision, conversion history and performance (asked as the application,
 * never worked out again here), with the facts recorded late when asked for. Who sees what is decided here, once:
 * staff and managers everything, a leader the projects they answer for (figures, funnel and rankings whole), nobody
 * else anything.
 */
package org.zhaoshang.crm.report.query;
