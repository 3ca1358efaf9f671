package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A manager sent a progress fact back to its recorder with the reason; it does not count. */
@Revision("1")
public record ProgressReturnedEvent(String projectId, String leadId, String progressId, String recordedBy,
                                    String returnedBy, LocalDate returnedOn, String reason) implements ProjectEvent {
}
