package org.zhaoshang.crm.project.api;

/**
 * An event of one signed project. Each names the project's lead, and who did it and on which of the bureau's days
 * (the event's timestamp is when it was stored), so that rates "as recorded by a day" need nothing else.
 */
public sealed interface ProjectEvent
        permits ProjectSignedEvent, ProjectCommitmentsChangedEvent, ProgressRecordedEvent, ProgressVerifiedEvent,
                ProgressReturnedEvent, ProjectWithdrawnEvent, ProjectReinstatedEvent {

    String projectId();

    String leadId();
}
