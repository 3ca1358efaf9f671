package org.zhaoshang.crm.supervision.api.query;

/** The rules in force today and every change with its day. Answers {@link LightRulesHistory}. */
public record FindLightRulesQuery() {
}
