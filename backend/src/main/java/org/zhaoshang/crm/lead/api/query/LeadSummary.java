package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead as lists, boards and work queues show it.
 *
 * @param introducedBy   the ambassador or partner credited with the lead, if any
 * @param furthestStage  the furthest stage the lead has reached (it may have moved back since)
 * @param identifiedOn   the day the company was first identified as a lead
 * @param stageEnteredOn the day the lead entered its current stage (when it happened, not when it was recorded)
 * @param lastContactOn  the day of the latest activity (call, meeting, visit, e-mail, event) not retracted
 * @param team           the users besides the owner who work on the lead (staff, ambassadors)
 * @param contactNames   the names of the company's contacts, for search
 * @param openFollowUps  follow-ups not yet done, the earliest due first
 * @param createdAt      when the lead was recorded
 * @param version        the lead's version: give it as {@code expectedVersion} to change the lead safely
 * @param dataToComplete the gates an import placed the lead past without their data, with what each still lacks
 */
public record LeadSummary(String leadId,
                          String companyNameEn,
                          String companyNameZh,
                          SourceMarket market,
                          Channel channel,
                          Industry industry,
                          boolean fortune500,
                          String introducedBy,
                          String owner,
                          List<String> team,
                          Stage stage,
                          Stage furthestStage,
                          LeadStatus status,
                          BigDecimal plannedInvestmentCnyWan,
                          TargetZone targetZone,
                          LocalDate identifiedOn,
                          LocalDate stageEnteredOn,
                          LocalDate lastContactOn,
                          List<String> contactNames,
                          List<OpenFollowUp> openFollowUps,
                          Instant createdAt,
                          Instant stageChangedAt,
                          long version,
                          List<MissingGateData> dataToComplete) {

    public LeadSummary {
        dataToComplete = dataToComplete == null ? List.of() : List.copyOf(dataToComplete);
    }

    /** The earliest due date of the open follow-ups, or null. */
    public LocalDate nextFollowUpOn() {
        return openFollowUps.isEmpty() ? null : openFollowUps.get(0).dueOn();
    }

    public record OpenFollowUp(String followUpId, String nextStep, LocalDate dueOn, String assignee) {
    }
}
