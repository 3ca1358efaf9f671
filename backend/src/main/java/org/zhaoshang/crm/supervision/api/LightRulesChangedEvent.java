package org.zhaoshang.crm.supervision.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** New rules of escalation and lights, applying from a day (days before it keep the rules they had). */
@Revision("1")
public record LightRulesChangedEvent(String rulesId, LightRules rules, LocalDate effectiveFrom, String by,
                                     LocalDate on) {
}
