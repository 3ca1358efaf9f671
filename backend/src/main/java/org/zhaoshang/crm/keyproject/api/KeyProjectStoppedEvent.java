package org.zhaoshang.crm.keyproject.api;

import java.time.LocalDate;

/** A manager stopped the lead being a key project of the year, with the reason. */
public record KeyProjectStoppedEvent(String keyProjectId, int year, String leadId, String reason, String by,
                                     LocalDate on) implements KeyProjectEvent {
}
