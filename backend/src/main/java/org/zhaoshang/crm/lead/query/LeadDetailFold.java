package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
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
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Folds a lead's events, oldest first, into its {@link LeadDetail}. */
final class LeadDetailFold implements LeadEventVisitor {

    private String leadId;
    private Company company;
    private SourceMarket market;
    private Channel channel;
    private String introducedBy;
    private String owner;
    private final TreeSet<String> team = new TreeSet<>();
    private Stage stage = Stage.LEAD;
    private LeadStatus status = LeadStatus.OPEN;
    private LocalDate identifiedOn;
    private LeadNumbersUpdatedEvent numbers;
    private LeadAssessmentUpdatedEvent assessment;
    private AgreementSignedEvent agreement;
    private LocalDate registeredOn;
    private LeadPutOnHoldEvent hold;
    private LeadLostEvent loss;
    private final Map<String, LeadDetail.ContactEntry> contacts = new LinkedHashMap<>();
    private final Map<String, LeadDetail.ActivityEntry> activities = new LinkedHashMap<>();
    private final Map<String, LeadDetail.FollowUpEntry> followUps = new LinkedHashMap<>();
    private long version;

    /** Applies the lead's event with the given sequence number; the lead's version is that of its last event. */
    void apply(Object event, long sequence) {
        version = sequence;
        if (event instanceof LeadEvent leadEvent) {
            leadEvent.accept(this);
        }
    }

    @Override
    public void on(LeadCreatedEvent created) {
        leadId = created.leadId();
        company = created.company();
        market = created.market();
        channel = created.channel();
        introducedBy = created.introducedBy();
        owner = created.owner();
        identifiedOn = created.identifiedOn();
    }

    @Override
    public void on(LeadMovedToStageEvent moved) {
        stage = moved.to();
    }

    @Override
    public void on(LeadSourceChangedEvent source) {
        market = source.market();
        channel = source.channel();
        introducedBy = source.introducedBy();
    }

    @Override
    public void on(LeadCompanyUpdatedEvent updated) {
        company = updated.company();
    }

    @Override
    public void on(LeadReassignedEvent reassigned) {
        owner = reassigned.to();
    }

    @Override
    public void on(LeadTeamMemberAddedEvent added) {
        team.add(added.member());
    }

    @Override
    public void on(LeadTeamMemberRemovedEvent removed) {
        team.remove(removed.member());
    }

    @Override
    public void on(LeadNumbersUpdatedEvent updated) {
        numbers = updated;
    }

    @Override
    public void on(LeadAssessmentUpdatedEvent updated) {
        assessment = updated;
    }

    @Override
    public void on(AgreementSignedEvent signed) {
        agreement = signed;
    }

    @Override
    public void on(CompanyRegisteredEvent registered) {
        registeredOn = registered.registeredOn();
    }

    @Override
    public void on(LeadPutOnHoldEvent held) {
        status = LeadStatus.ON_HOLD;
        hold = held;
    }

    @Override
    public void on(LeadLostEvent lost) {
        status = LeadStatus.LOST;
        loss = lost;
    }

    @Override
    public void on(LeadReopenedEvent reopened) {
        status = LeadStatus.OPEN;
        stage = reopened.stage();
        hold = null;
        loss = null;
    }

    @Override
    public void on(ContactAddedEvent added) {
        contacts.put(added.contactId(), new LeadDetail.ContactEntry(added.contactId(), added.contact()));
    }

    @Override
    public void on(ContactChangedEvent changed) {
        contacts.put(changed.contactId(), new LeadDetail.ContactEntry(changed.contactId(), changed.contact()));
    }

    @Override
    public void on(ContactRemovedEvent removed) {
        contacts.remove(removed.contactId());
    }

    @Override
    public void on(ActivityLoggedEvent logged) {
        activities.put(logged.activityId(), new LeadDetail.ActivityEntry(
                logged.activityId(), logged.type(), logged.occurredOn(), logged.participants(), logged.summary(),
                logged.internal(), false, null));
    }

    @Override
    public void on(ActivityCorrectedEvent corrected) {
        activities.computeIfPresent(corrected.activityId(), (id, activity) -> new LeadDetail.ActivityEntry(
                id, corrected.type(), corrected.occurredOn(), corrected.participants(), corrected.summary(),
                corrected.internal() == null ? activity.internal() : corrected.internal(), false, null));
    }

    @Override
    public void on(ActivityRetractedEvent retracted) {
        activities.computeIfPresent(retracted.activityId(), (id, activity) -> new LeadDetail.ActivityEntry(
                id, activity.type(), activity.occurredOn(), activity.participants(), activity.summary(),
                activity.internal(), true, retracted.reason()));
    }

    @Override
    public void on(FollowUpScheduledEvent scheduled) {
        followUps.put(scheduled.followUpId(), new LeadDetail.FollowUpEntry(
                scheduled.followUpId(), scheduled.nextStep(), scheduled.dueOn(), scheduled.assignee(), false, null));
    }

    @Override
    public void on(FollowUpRescheduledEvent rescheduled) {
        followUps.computeIfPresent(rescheduled.followUpId(), (id, followUp) -> new LeadDetail.FollowUpEntry(
                id, followUp.nextStep(), rescheduled.dueOn(), followUp.assignee(), false, null));
    }

    @Override
    public void on(FollowUpCompletedEvent completed) {
        followUps.computeIfPresent(completed.followUpId(), (id, followUp) -> new LeadDetail.FollowUpEntry(
                id, followUp.nextStep(), followUp.dueOn(), followUp.assignee(), true, completed.outcome()));
    }

    /** The detail, or null when no event created the lead. */
    LeadDetail detail() {
        if (leadId == null) {
            return null;
        }
        PlannedInvestment investment = numbers == null ? null : numbers.plannedInvestment();
        BigDecimal land = numbers == null ? null : numbers.landAreaMu();
        BigDecimal perMu = investment == null || investment.cnyWan() == null || land == null || land.signum() == 0
                           ? null : investment.cnyWan().divide(land, 2, RoundingMode.HALF_UP);
        return new LeadDetail(
                leadId, company, market, channel, introducedBy, owner, List.copyOf(team), stage, status, identifiedOn, investment, land,
                perMu, numbers == null ? null : numbers.floorSpaceM2(),
                numbers == null ? null : numbers.expectedAnnualTaxWan(),
                numbers == null ? null : numbers.expectedJobs(), numbers == null ? null : numbers.targetZone(),
                numbers == null ? null : numbers.targetBuilding(),
                assessment == null ? null : assessment.priority(),
                assessment == null ? null : assessment.likelihoodPercent(),
                assessment == null ? null : assessment.responsibleLeader(),
                agreement == null ? null : agreement.signedOn(), agreement == null ? null : agreement.reference(),
                registeredOn, hold == null ? null : hold.reason(), hold == null ? null : hold.revisitOn(),
                loss == null ? null : loss.reason(), loss == null ? null : loss.detail(),
                loss == null ? null : loss.competingLocation(),
                contacts.values().stream().toList(),
                activities.values().stream()
                          .sorted(Comparator.comparing(LeadDetail.ActivityEntry::occurredOn).reversed()).toList(),
                followUps.values().stream().sorted(Comparator.comparing(LeadDetail.FollowUpEntry::dueOn)).toList(),
                version, false, false);
    }
}
