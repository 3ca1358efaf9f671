package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.security.api.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about a lead as it stands now.
 *
 * @param investmentPerMuWan planned investment (万元) per 亩 of land, when both are known
 * @param contacts           the contacts not removed
 * @param activities         every activity, corrections applied, retracted ones marked, the latest first
 * @param followUps          every follow-up, done ones with their outcome, the earliest due first
 * @param version            give it as {@code expectedVersion} to change the lead safely
 * @param mayChange          whether the caller may change the lead at all ({@link LeadChanges#mayChange})
 * @param mayChangeFacts     whether the caller may change its figures, company, source and assessment
 *                           ({@link LeadChanges#mayChangeFacts})
 * @param dataToComplete     the gates an import placed the lead past without their data (which stage, what it still
 *                           lacks, from which sheet and row)
 */
public record LeadDetail(String leadId, Company company, SourceMarket market, Channel channel, String introducedBy,
                         String owner, List<String> team, Stage stage, LeadStatus status, LocalDate identifiedOn,
                         PlannedInvestment plannedInvestment, BigDecimal landAreaMu, BigDecimal investmentPerMuWan,
                         BigDecimal floorSpaceM2, BigDecimal expectedAnnualTaxWan, Integer expectedJobs,
                         TargetZone targetZone, String targetBuilding, Priority priority, Integer likelihoodPercent,
                         String responsibleLeader, LocalDate agreementSignedOn, String agreementReference,
                         LocalDate registeredOn, String holdReason, LocalDate revisitOn, LossReason lossReason,
                         String lossDetail, String competingLocation, List<ContactEntry> contacts,
                         List<ActivityEntry> activities, List<FollowUpEntry> followUps, long version,
                         boolean mayChange, boolean mayChangeFacts, List<MissingGateData> dataToComplete) {

    public LeadDetail {
        dataToComplete = dataToComplete == null ? List.of() : List.copyOf(dataToComplete);
    }

    /** The same detail with other activities (those a caller may see). */
    public LeadDetail withActivities(List<ActivityEntry> shown) {
        return new LeadDetail(leadId, company, market, channel, introducedBy, owner, team, stage, status, identifiedOn,
                              plannedInvestment, landAreaMu, investmentPerMuWan, floorSpaceM2, expectedAnnualTaxWan,
                              expectedJobs, targetZone, targetBuilding, priority, likelihoodPercent, responsibleLeader,
                              agreementSignedOn, agreementReference, registeredOn, holdReason, revisitOn, lossReason,
                              lossDetail, competingLocation, contacts, shown, followUps, version, mayChange,
                              mayChangeFacts, dataToComplete);
    }

    /** The same detail with what this caller may do with it. */
    public LeadDetail allowing(Caller caller) {
        return new LeadDetail(leadId, company, market, channel, introducedBy, owner, team, stage, status, identifiedOn,
                              plannedInvestment, landAreaMu, investmentPerMuWan, floorSpaceM2, expectedAnnualTaxWan,
                              expectedJobs, targetZone, targetBuilding, priority, likelihoodPercent, responsibleLeader,
                              agreementSignedOn, agreementReference, registeredOn, holdReason, revisitOn, lossReason,
                              lossDetail, competingLocation, contacts, activities, followUps, version,
                              LeadChanges.mayChange(caller, owner, introducedBy, team),
                              LeadChanges.mayChangeFacts(caller, owner, team), dataToComplete);
    }

    public record ContactEntry(String contactId, Contact contact) {
    }

    public record ActivityEntry(String activityId, ActivityType type, LocalDate occurredOn, List<String> participants,
                                String summary, boolean internal, boolean retracted, String retractionReason) {
    }

    public record FollowUpEntry(String followUpId, String nextStep, LocalDate dueOn, String assignee, boolean done,
                                String outcome) {
    }
}
