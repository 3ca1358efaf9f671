package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.supervision.query.LeadMarks.Activity;
import org.zhaoshang.crm.supervision.query.LeadMarks.FollowUp;
import org.zhaoshang.crm.supervision.query.LeadMarks.StageMove;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What supervision keeps of each lead event ({@link LeadMarks}): the names a key project's row shows, the stage moves,
 * the activities with the company and the follow-ups (a dispatch's next steps). It keeps so little of a lead (not its {@code LeadState}) because it keeps every
 * lead: any may become a key project, with its past. Every other event changes nothing kept.
 */
final class LeadMarking implements LeadEventVisitor {

    private final LeadMarks lead;
    private final long version;
    private final LocalDate recordedOn;
    private LeadMarks changed;

    private LeadMarking(LeadMarks lead, long version, LocalDate recordedOn) {
        this.lead = lead;
        this.version = version;
        this.recordedOn = recordedOn;
    }

    /** The lead's marks after the event, or null when it changes nothing kept (or the lead was never created). */
    static LeadMarks apply(LeadMarks lead, LeadEvent event, long version, LocalDate recordedOn) {
        LeadMarking marking = new LeadMarking(lead, version, recordedOn);
        event.accept(marking);
        return marking.changed;
    }

    @Override
    public void on(LeadCreatedEvent event) {
        changed = new LeadMarks(event.leadId(), version, Company.shownName(event.company()), event.market(),
                                event.owner(), List.of(), Map.of(), Map.of());
    }

    @Override
    public void on(LeadCompanyUpdatedEvent event) {
        if (lead != null) {
            changed = new LeadMarks(lead.leadId(), version, Company.shownName(event.company()), lead.market(),
                                    lead.owner(), lead.moves(), lead.activities(), lead.followUps());
        }
    }

    @Override
    public void on(LeadSourceChangedEvent event) {
        if (lead != null) {
            changed = new LeadMarks(lead.leadId(), version, lead.company(), event.market(), lead.owner(),
                                    lead.moves(), lead.activities(), lead.followUps());
        }
    }

    @Override
    public void on(LeadReassignedEvent event) {
        if (lead != null) {
            changed = new LeadMarks(lead.leadId(), version, lead.company(), lead.market(), event.to(), lead.moves(),
                                    lead.activities(), lead.followUps());
        }
    }

    @Override
    public void on(LeadMovedToStageEvent event) {
        if (lead != null) {
            List<StageMove> moves = new ArrayList<>(lead.moves());
            moves.add(new StageMove(event.from(), event.to(), event.occurredOn(), recordedOn));
            changed = new LeadMarks(lead.leadId(), version, lead.company(), lead.market(), lead.owner(), moves,
                                    lead.activities(), lead.followUps());
        }
    }

    @Override
    public void on(ActivityLoggedEvent event) {
        activity(event.activityId(), new Activity(List.of(new Activity.Version(event.type(), event.occurredOn(),
                                                                                  recordedOn)), null));
    }

    @Override
    public void on(ActivityCorrectedEvent event) {
        Activity activity = lead == null ? null : lead.activities().get(event.activityId());
        if (activity != null) {
            List<Activity.Version> versions = new ArrayList<>(activity.versions());
            versions.add(new Activity.Version(event.type(), event.occurredOn(), recordedOn));
            activity(event.activityId(), new Activity(versions, activity.retractedOn()));
        }
    }

    @Override
    public void on(ActivityRetractedEvent event) {
        Activity activity = lead == null ? null : lead.activities().get(event.activityId());
        if (activity != null) {
            activity(event.activityId(), new Activity(activity.versions(), recordedOn));
        }
    }

    private void activity(String activityId, Activity activity) {
        if (lead != null) {
            Map<String, Activity> activities = new TreeMap<>(lead.activities());
            activities.put(activityId, activity);
            changed = new LeadMarks(lead.leadId(), version, lead.company(), lead.market(), lead.owner(),
                                    lead.moves(), activities, lead.followUps());
        }
    }

    @Override
    public void on(FollowUpScheduledEvent event) {
        followUp(event.followUpId(), new FollowUp(event.nextStep(), event.assignee(),
                                                  List.of(new FollowUp.Due(event.dueOn(), recordedOn)), null));
    }

    @Override
    public void on(FollowUpRescheduledEvent event) {
        FollowUp followUp = lead == null ? null : lead.followUps().get(event.followUpId());
        if (followUp != null) {
            List<FollowUp.Due> dues = new ArrayList<>(followUp.dues());
            dues.add(new FollowUp.Due(event.dueOn(), recordedOn));
            followUp(event.followUpId(), new FollowUp(followUp.nextStep(), followUp.assignee(), dues,
                                                      followUp.doneOn()));
        }
    }

    @Override
    public void on(FollowUpCompletedEvent event) {
        FollowUp followUp = lead == null ? null : lead.followUps().get(event.followUpId());
        if (followUp != null) {
            followUp(event.followUpId(), new FollowUp(followUp.nextStep(), followUp.assignee(), followUp.dues(),
                                                      recordedOn));
        }
    }

    private void followUp(String followUpId, FollowUp followUp) {
        if (lead != null) {
            Map<String, FollowUp> followUps = new TreeMap<>(lead.followUps());
            followUps.put(followUpId, followUp);
            changed = new LeadMarks(lead.leadId(), version, lead.company(), lead.market(), lead.owner(),
                                    lead.moves(), lead.activities(), followUps);
        }
    }

    /* Nothing else of a lead is kept: its figures, team, paperwork, contacts, hold or loss. */

    @Override
    public void on(AgreementSignedEvent event) {
    }

    @Override
    public void on(CompanyRegisteredEvent event) {
    }

    @Override
    public void on(ContactAddedEvent event) {
    }

    @Override
    public void on(ContactChangedEvent event) {
    }

    @Override
    public void on(ContactRemovedEvent event) {
    }


    @Override
    public void on(LeadAssessmentUpdatedEvent event) {
    }

    @Override
    public void on(LeadLostEvent event) {
    }

    @Override
    public void on(LeadNumbersUpdatedEvent event) {
    }

    @Override
    public void on(LeadPutOnHoldEvent event) {
    }

    @Override
    public void on(LeadReopenedEvent event) {
    }

    @Override
    public void on(LeadTeamMemberAddedEvent event) {
    }

    @Override
    public void on(LeadTeamMemberRemovedEvent event) {
    }

    @Override
    public void on(LeadImportRecordedEvent event) {
    }

    @Override
    public void on(LeadGateDataMissingEvent event) {
    }

    @Override
    public void on(LeadGateDataCompletedEvent event) {
    }
}
