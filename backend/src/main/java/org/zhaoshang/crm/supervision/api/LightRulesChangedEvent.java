package org.zhaoshang.crm.supervision.api;

import java.time.LocalDate;

/** New rules of escalation and lights, applying from a day (days before it keep the rules they had). */
public record LightRulesChangedEvent(String rulesId, LightRules rules, LocalDate effectiveFrom, String by,
                                     LocalDate on) {
}
