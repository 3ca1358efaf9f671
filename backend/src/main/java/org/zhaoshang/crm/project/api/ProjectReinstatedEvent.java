package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A withdrawn project stands again, with its commitments and progress as they were: its lead came back to SIGNED (or
 * was reopened there) with the same agreement. A different agreement begins a project of its own instead.
 */
@Revision("1")
public record ProjectReinstatedEvent(String projectId, String leadId, String reinstatedBy, LocalDate reinstatedOn)
        implements ProjectEvent {
}
