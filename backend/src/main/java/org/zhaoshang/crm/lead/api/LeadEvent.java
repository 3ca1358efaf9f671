package org.zhaoshang.crm.lead.api;

/**
 * An event of one lead, as its aggregate records it. Every lead event is listed here, so that a
 * {@link LeadEventVisitor} has one method for each and a read model that folds a lead's events cannot forget one.
 * Adding this interface to the records does not change their stored form.
 */
public sealed interface LeadEvent
        permits ActivityCorrectedEvent, ActivityLoggedEvent, ActivityRetractedEvent,
                AgreementSignedEvent, CompanyRegisteredEvent, ContactAddedEvent,
                ContactChangedEvent, ContactRemovedEvent, FollowUpCompletedEvent,
                FollowUpRescheduledEvent, FollowUpScheduledEvent, LeadAssessmentUpdatedEvent,
                LeadCompanyUpdatedEvent, LeadCreatedEvent, LeadLostEvent,
                LeadMovedToStageEvent, LeadNumbersUpdatedEvent, LeadPutOnHoldEvent,
                LeadReassignedEvent, LeadReopenedEvent, LeadSourceChangedEvent,
                LeadTeamMemberAddedEvent, LeadTeamMemberRemovedEvent,
                LeadImportRecordedEvent, LeadGateDataMissingEvent, LeadGateDataCompletedEvent {

    String leadId();

    void accept(LeadEventVisitor visitor);
}
