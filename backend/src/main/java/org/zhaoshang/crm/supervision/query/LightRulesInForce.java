package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.supervision.api.LightRules;

import java.time.LocalDate;

/** The rules of escalation and lights in force at a day (a change applies from its day on, never to days before). */
@FunctionalInterface
interface LightRulesInForce {

    LightRulesInForce DEFAULTS = day -> LightRules.DEFAULTS;

    LightRules on(LocalDate day);
}
