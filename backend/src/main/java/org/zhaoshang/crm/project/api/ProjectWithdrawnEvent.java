package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The project no longer stands: its lead left SIGNED (moved back to an earlier stage, or lost) before any milestone of
 * the project was verified. It stops counting (signings, rates, stuck lists) and takes no progress until its lead's
 * move back to SIGNED with the same agreement reinstates it.
 *
 * @param withdrawnBy who moved the lead (the application records it in their name)
 * @param withdrawnOn the bureau's day it was recorded
 * @param reason      what the lead's move said: the stage it went to or the loss, and the comment given
 */
@Revision("1")
public record ProjectWithdrawnEvent(String projectId, String leadId, String withdrawnBy, LocalDate withdrawnOn,
                                    String reason) implements ProjectEvent {
}
