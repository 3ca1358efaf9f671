package org.zhaoshang.crm.lead.state;

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
import org.zhaoshang.crm.lead.api.query.LeadDetail.ActivityEntry;
import org.zhaoshang.crm.lead.api.query.LeadDetail.ContactEntry;
import org.zhaoshang.crm.lead.api.query.LeadDetail.FollowUpEntry;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A lead as its events leave it: the one fold of a lead's events, which the lead list, the detail and the conversion
 * journey read instead of each following the events on its own. {@link #apply} is the only place that says what an
 * event does to a lead; a new event is a new method of its {@link LeadEventVisitor}, or nothing compiles. Immutable;
 * every event sets absolute values keyed by the lead and its members' ids, so an event applied twice changes nothing.
 *
 * @param team           the lead's team, sorted
 * @param furthestStage  the furthest stage the lead has reached
 * @param stageEnteredOn the day the lead entered its stage (for a new lead, the day it was identified)
 * @param createdAt      when the lead was recorded (null when the reader gave no times)
 * @param stageChangedAt when the lead last moved to a stage, or was recorded (null when the reader gave no times)
 * @param contacts       the contacts not removed, by id, in the order they were added
 * @param activities     every activity by id, corrections applied, retracted ones marked, in the order logged
 * @param followUps      every follow-up by id, done ones marked, in the order scheduled
 * @param dataToComplete the gates an import placed the lead past without their data, with what each still lacks,
 *                       in the pipeline's order
 * @param importRecords  what the lead's sheet rows said beyond its fields (remarks, unmapped columns), oldest first
 */
public record LeadState(String leadId, Company company, SourceMarket market, Channel channel, String introducedBy,
                        String owner, List<String> team, Stage stage, Stage furthestStage, LeadStatus status,
                        LocalDate identifiedOn, LocalDate stageEnteredOn, Instant createdAt, Instant stageChangedAt,
                        Figures figures, Assessment assessment, Agreement agreement, LocalDate registeredOn,
                        Hold hold, Loss loss, Map<String, ContactEntry> contacts,
                        Map<String, ActivityEntry> activities, Map<String, FollowUpEntry> followUps,
                        List<MissingGateData> dataToComplete, List<ImportRecord> importRecords) {

    /** No lead: what a lead's first event is applied to. Events of a lead never created leave it so. */
    public static final LeadState NONE = new LeadState(
            null, null, null, null, null, null, List.of(), Stage.LEAD, Stage.LEAD, LeadStatus.OPEN, null, null, null,
            null, Figures.NONE, Assessment.NONE, Agreement.NONE, null, Hold.NONE, Loss.NONE, Map.of(), Map.of(),
            Map.of(), List.of());

    /** A lead without import records: as the lead list and conversion journeys keep it (they show none). */
    public LeadState(String leadId, Company company, SourceMarket market, Channel channel, String introducedBy,
                     String owner, List<String> team, Stage stage, Stage furthestStage, LeadStatus status,
                     LocalDate identifiedOn, LocalDate stageEnteredOn, Instant createdAt, Instant stageChangedAt,
                     Figures figures, Assessment assessment, Agreement agreement, LocalDate registeredOn,
                     Hold hold, Loss loss, Map<String, ContactEntry> contacts,
                     Map<String, ActivityEntry> activities, Map<String, FollowUpEntry> followUps,
                     List<MissingGateData> dataToComplete) {
        this(leadId, company, market, channel, introducedBy, owner, team, stage, furthestStage, status, identifiedOn,
             stageEnteredOn, createdAt, stageChangedAt, figures, assessment, agreement, registeredOn, hold, loss,
             contacts, activities, followUps, dataToComplete, List.of());
    }

    /** Whether the lead was created (a state that only saw later events of a lead is none). */
    public boolean exists() {
        return leadId != null;
    }

    /**
     * The state after the event.
     *
     * @param recordedAt when the event was stored; null when the reader needs no times
     */
    public LeadState apply(LeadEvent event, Instant recordedAt) {
        Change change = new Change(this, recordedAt);
        event.accept(change);
        return change.state();
    }

    /** The lead's figures as last updated (each null when unknown). */
    public record Figures(PlannedInvestment plannedInvestment, BigDecimal landAreaMu, BigDecimal floorSpaceM2,
                          BigDecimal expectedAnnualTaxWan, Integer expectedJobs, TargetZone targetZone,
                          String targetBuilding) {

        public static final Figures NONE = new Figures(null, null, null, null, null, null, null);

        /** The planned investment in 万元 of CNY, or null. */
        public BigDecimal investmentCnyWan() {
            return plannedInvestment == null ? null : plannedInvestment.cnyWan();
        }

        /** Planned investment (万元) per 亩 of land, when both are known. */
        public BigDecimal investmentPerMuWan() {
            BigDecimal investment = investmentCnyWan();
            return investment == null || landAreaMu == null || landAreaMu.signum() == 0
                   ? null : investment.divide(landAreaMu, 2, RoundingMode.HALF_UP);
        }
    }

    public record Assessment(Priority priority, Integer likelihoodPercent, String responsibleLeader) {

        public static final Assessment NONE = new Assessment(null, null, null);
    }

    public record Agreement(LocalDate signedOn, String reference) {

        public static final Agreement NONE = new Agreement(null, null);
    }

    /** Why the lead is on hold and when to look at it again; none unless it is on hold. */
    public record Hold(String reason, LocalDate revisitOn) {

        public static final Hold NONE = new Hold(null, null);
    }

    /** Why the lead was lost; none unless it is lost. */
    public record Loss(LossReason reason, String detail, String competingLocation) {

        public static final Loss NONE = new Loss(null, null, null);
    }

    /**
     * What a row of a sheet said beyond the lead's fields, kept when the row was imported.
     *
     * @param remarks      the remark columns' cells (an internal note: the bureau's alone)
     * @param otherColumns the unmapped columns' cells, in the sheet's order
     */
    public record ImportRecord(String file, int row, LocalDate importedOn, List<SheetCell> remarks,
                               List<SheetCell> otherColumns) {
    }

    /** What each lead event does to a lead: a copy of the state, changed by one event. */
    private static final class Change implements LeadEventVisitor {

        private final Instant recordedAt;
        private String leadId;
        private Company company;
        private SourceMarket market;
        private Channel channel;
        private String introducedBy;
        private String owner;
        private List<String> team;
        private Stage stage;
        private Stage furthestStage;
        private LeadStatus status;
        private LocalDate identifiedOn;
        private LocalDate stageEnteredOn;
        private Instant createdAt;
        private Instant stageChangedAt;
        private Figures figures;
        private Assessment assessment;
        private Agreement agreement;
        private LocalDate registeredOn;
        private Hold hold;
        private Loss loss;
        private Map<String, ContactEntry> contacts;
        private Map<String, ActivityEntry> activities;
        private Map<String, FollowUpEntry> followUps;
        private List<MissingGateData> dataToComplete;
        private List<ImportRecord> importRecords;

        Change(LeadState state, Instant recordedAt) {
            this.recordedAt = recordedAt;
            load(state);
        }

        private void load(LeadState state) {
            leadId = state.leadId;
            company = state.company;
            market = state.market;
            channel = state.channel;
            introducedBy = state.introducedBy;
            owner = state.owner;
            team = state.team;
            stage = state.stage;
            furthestStage = state.furthestStage;
            status = state.status;
            identifiedOn = state.identifiedOn;
            stageEnteredOn = state.stageEnteredOn;
            createdAt = state.createdAt;
            stageChangedAt = state.stageChangedAt;
            figures = state.figures;
            assessment = state.assessment;
            agreement = state.agreement;
            registeredOn = state.registeredOn;
            hold = state.hold;
            loss = state.loss;
            contacts = state.contacts;
            activities = state.activities;
            followUps = state.followUps;
            dataToComplete = state.dataToComplete;
            importRecords = state.importRecords;
        }

        LeadState state() {
            return new LeadState(leadId, company, market, channel, introducedBy, owner, team, stage, furthestStage,
                                 status, identifiedOn, stageEnteredOn, createdAt, stageChangedAt, figures, assessment,
                                 agreement, registeredOn, hold, loss, contacts, activities, followUps,
                                 dataToComplete, importRecords);
        }

        /** A lead created anew: nothing of an earlier state is kept. */
        @Override
        public void on(LeadCreatedEvent created) {
            load(NONE);
            leadId = created.leadId();
            company = created.company();
            market = created.market();
            channel = created.channel();
            introducedBy = created.introducedBy();
            owner = created.owner();
            identifiedOn = created.identifiedOn();
            stageEnteredOn = created.identifiedOn();
            createdAt = recordedAt;
            stageChangedAt = recordedAt;
        }

        @Override
        public void on(LeadMovedToStageEvent moved) {
            stage = moved.to();
            furthestStage = moved.to().compareTo(furthestStage) > 0 ? moved.to() : furthestStage;
            stageEnteredOn = moved.occurredOn();
            stageChangedAt = recordedAt;
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
            TreeSet<String> members = new TreeSet<>(team);
            members.add(added.member());
            team = List.copyOf(members);
        }

        @Override
        public void on(LeadTeamMemberRemovedEvent removed) {
            team = team.stream().filter(member -> !member.equals(removed.member())).toList();
        }

        @Override
        public void on(LeadNumbersUpdatedEvent updated) {
            figures = new Figures(updated.plannedInvestment(), updated.landAreaMu(), updated.floorSpaceM2(),
                                  updated.expectedAnnualTaxWan(), updated.expectedJobs(), updated.targetZone(),
                                  updated.targetBuilding());
        }

        @Override
        public void on(LeadAssessmentUpdatedEvent updated) {
            assessment = new Assessment(updated.priority(), updated.likelihoodPercent(), updated.responsibleLeader());
        }

        @Override
        public void on(AgreementSignedEvent signed) {
            agreement = new Agreement(signed.signedOn(), signed.reference());
        }

        @Override
        public void on(CompanyRegisteredEvent registered) {
            registeredOn = registered.registeredOn();
        }

        @Override
        public void on(LeadPutOnHoldEvent held) {
            status = LeadStatus.ON_HOLD;
            hold = new Hold(held.reason(), held.revisitOn());
        }

        @Override
        public void on(LeadLostEvent lost) {
            status = LeadStatus.LOST;
            loss = new Loss(lost.reason(), lost.detail(), lost.competingLocation());
        }

        @Override
        public void on(LeadReopenedEvent reopened) {
            status = LeadStatus.OPEN;
            stage = reopened.stage();
            hold = Hold.NONE;
            loss = Loss.NONE;
        }

        @Override
        public void on(ContactAddedEvent added) {
            contacts = with(contacts, added.contactId(), new ContactEntry(added.contactId(), added.contact()));
        }

        @Override
        public void on(ContactChangedEvent changed) {
            contacts = with(contacts, changed.contactId(), new ContactEntry(changed.contactId(), changed.contact()));
        }

        @Override
        public void on(ContactRemovedEvent removed) {
            contacts = without(contacts, removed.contactId());
        }

        @Override
        public void on(ActivityLoggedEvent logged) {
            activities = with(activities, logged.activityId(), new ActivityEntry(
                    logged.activityId(), logged.type(), logged.occurredOn(), logged.participants(), logged.summary(),
                    logged.internal(), false, null));
        }

        /** A correction that does not say whether the activity is internal leaves it as it was. */
        @Override
        public void on(ActivityCorrectedEvent corrected) {
            activities = changed(activities, corrected.activityId(), activity -> new ActivityEntry(
                    activity.activityId(), corrected.type(), corrected.occurredOn(), corrected.participants(),
                    corrected.summary(), corrected.internal() == null ? activity.internal() : corrected.internal(),
                    false, null));
        }

        @Override
        public void on(ActivityRetractedEvent retracted) {
            activities = changed(activities, retracted.activityId(), activity -> new ActivityEntry(
                    activity.activityId(), activity.type(), activity.occurredOn(), activity.participants(),
                    activity.summary(), activity.internal(), true, retracted.reason()));
        }

        @Override
        public void on(FollowUpScheduledEvent scheduled) {
            followUps = with(followUps, scheduled.followUpId(), new FollowUpEntry(
                    scheduled.followUpId(), scheduled.nextStep(), scheduled.dueOn(), scheduled.assignee(), false, null));
        }

        @Override
        public void on(FollowUpRescheduledEvent rescheduled) {
            followUps = changed(followUps, rescheduled.followUpId(), followUp -> new FollowUpEntry(
                    followUp.followUpId(), followUp.nextStep(), rescheduled.dueOn(), followUp.assignee(), false,
                    null));
        }

        @Override
        public void on(FollowUpCompletedEvent completed) {
            followUps = changed(followUps, completed.followUpId(), followUp -> new FollowUpEntry(
                    followUp.followUpId(), followUp.nextStep(), followUp.dueOn(), followUp.assignee(), true,
                    completed.outcome()));
        }

        /** A record given twice is kept once. No contact with the company: nothing else changes. */
        @Override
        public void on(LeadImportRecordedEvent recorded) {
            ImportRecord record = new ImportRecord(recorded.file(), recorded.row(), recorded.importedOn(),
                                                   recorded.remarks(), recorded.otherColumns());
            if (!importRecords.contains(record)) {
                List<ImportRecord> records = new ArrayList<>(importRecords);
                records.add(record);
                importRecords = List.copyOf(records);
            }
        }

        /** The gate's data is owed as the event says (a gate recorded again is replaced, in its stage's place). */
        @Override
        public void on(LeadGateDataMissingEvent missing) {
            dataToComplete = Stream.concat(
                    dataToComplete.stream().filter(gate -> gate.stage() != missing.stage()),
                    Stream.of(new MissingGateData(missing.stage(), missing.fields(), missing.file(), missing.row())))
                                   .sorted(Comparator.comparing(MissingGateData::stage)).toList();
        }

        /** The fields now there are owed no more; a gate with none left is complete. */
        @Override
        public void on(LeadGateDataCompletedEvent completed) {
            dataToComplete = dataToComplete.stream().map(gate -> gate.stage() != completed.stage() ? gate
                    : new MissingGateData(gate.stage(), gate.fields().stream()
                                                            .filter(field -> !completed.fields().contains(field))
                                                            .toList(), gate.file(), gate.row()))
                                           .filter(gate -> !gate.fields().isEmpty()).toList();
        }

        /** The members with one set (a new one last, a known one where it was). */
        private static <V> Map<String, V> with(Map<String, V> members, String id, V member) {
            Map<String, V> changed = new LinkedHashMap<>(members);
            changed.put(id, member);
            return Collections.unmodifiableMap(changed);
        }

        /** The members with a known one changed; an unknown one is not added. */
        private static <V> Map<String, V> changed(Map<String, V> members, String id, UnaryOperator<V> change) {
            V member = members.get(id);
            return member == null ? members : with(members, id, change.apply(member));
        }

        private static <V> Map<String, V> without(Map<String, V> members, String id) {
            if (!members.containsKey(id)) {
                return members;
            }
            Map<String, V> changed = new LinkedHashMap<>(members);
            changed.remove(id);
            return Collections.unmodifiableMap(changed);
        }
    }
}
