package org.zhaoshang.crm.keyproject.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A manager made the lead a key project of the year, or changed its leader, department or goal, or made it key again
 * after it stopped: the latest designation holds.
 */
@Revision("1")
public record KeyProjectDesignatedEvent(String keyProjectId, int year, String leadId, Designation designation,
                                        String by, LocalDate on) implements KeyProjectEvent {
}
