package org.zhaoshang.crm.project.web;

import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a project's agreement promises, whole. Amounts as a lead's planned investment: {@code amountWan},
 * {@code currency} and {@code rateToCny}; {@code cnyWan} is worked out (a value sent is not read).
 */
public record CommitmentsRequest(ProjectKind kind, PlannedInvestment registeredCapital,
                                 PlannedInvestment totalInvestment, List<Tranche> capitalSchedule,
                                 List<PromisedDay> promisedDays, BigDecimal annualTaxWan, Integer jobs,
                                 BigDecimal landAreaMu, BigDecimal floorSpaceM2, TargetZone zone, String building,
                                 Long expectedVersion) {

    Commitments commitments() {
        return new Commitments(kind, registeredCapital, totalInvestment, capitalSchedule, promisedDays, annualTaxWan,
                               jobs, landAreaMu, floorSpaceM2, zone, building);
    }
}
