package org.zhaoshang.crm.keyproject.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A manager stopped the lead being a key project of the year, with the reason. */
@Revision("1")
public record KeyProjectStoppedEvent(String keyProjectId, int year, String leadId, String reason, String by,
                                     LocalDate on) implements KeyProjectEvent {
}
