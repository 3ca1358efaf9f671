package org.zhaoshang.crm.lead.api;

/** One method for each {@link LeadEvent}: a fold over a lead's events implements them all, or does not compile. */
public interface LeadEventVisitor {

    void on(ActivityCorrectedEvent event);

    void on(ActivityLoggedEvent event);

    void on(ActivityRetractedEvent event);

    void on(AgreementSignedEvent event);

    void on(CompanyRegisteredEvent event);

    void on(ContactAddedEvent event);

    void on(ContactChangedEvent event);

    void on(ContactRemovedEvent event);

    void on(FollowUpCompletedEvent event);

    void on(FollowUpRescheduledEvent event);

    void on(FollowUpScheduledEvent event);

    void on(LeadAssessmentUpdatedEvent event);

    void on(LeadCompanyUpdatedEvent event);

    void on(LeadCreatedEvent event);

    void on(LeadLostEvent event);

    void on(LeadMovedToStageEvent event);

    void on(LeadNumbersUpdatedEvent event);

    void on(LeadPutOnHoldEvent event);

    void on(LeadReassignedEvent event);

    void on(LeadReopenedEvent event);

    void on(LeadSourceChangedEvent event);

    void on(LeadTeamMemberAddedEvent event);

    void on(LeadTeamMemberRemovedEvent event);

    void on(LeadImportRecordedEvent event);
    void on(LeadGateDataMissingEvent event);

    void on(LeadGateDataCompletedEvent event);
}
