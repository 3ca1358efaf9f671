package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A demo lead that reached SIGNED, as its commands left it: what its signed projects are made of.
 *
 * @param registeredOn the day of registration its move to LANDED gave, or null
 * @param operatingOn  the day of its move to OPERATING, or null
 * @param company      its company (a tenant of a demo building is named by it)
 */
record DemoSignedLead(int number, String leadId, String owner, Stage stage, LocalDate signedOn, String reference,
                      LocalDate registeredOn, LocalDate operatingOn, PlannedInvestment plannedInvestment,
                      BigDecimal landAreaMu, BigDecimal floorSpaceM2, Integer jobs, TargetZone zone,
                      Company company) {

    /** The signed lead the commands of demo lead {@code number} make, if they reach SIGNED. */
    static Optional<DemoSignedLead> of(int number, List<DemoCommand> commands) {
        String leadId = null;
        String owner = null;
        Company company = null;
        UpdateLeadNumbersCommand figures = null;
        MoveLeadToStageCommand signed = null;
        LocalDate registeredOn = null;
        LocalDate operatingOn = null;
        Stage stage = Stage.LEAD;
        for (DemoCommand command : commands) {
            if (command.command() instanceof CreateLeadCommand create) {
                leadId = create.leadId();
                owner = command.actor();
                company = create.company();
            } else if (command.command() instanceof UpdateLeadNumbersCommand numbers) {
                figures = numbers;
            } else if (command.command() instanceof MoveLeadToStageCommand move) {
                stage = move.to();
                signed = move.to() == Stage.SIGNED ? move : signed;
                registeredOn = move.registeredOn() != null ? move.registeredOn() : registeredOn;
                operatingOn = move.to() == Stage.OPERATING ? move.occurredOn() : operatingOn;
            }
        }
        if (signed == null || figures == null || stage.compareTo(Stage.SIGNED) < 0) {
            return Optional.empty();
        }
        return Optional.of(new DemoSignedLead(number, leadId, owner, stage, signed.agreementSignedOn(),
                                              signed.agreementReference(), registeredOn, operatingOn,
                                              figures.plannedInvestment(), figures.landAreaMu(),
                                              figures.floorSpaceM2(), figures.expectedJobs(), figures.targetZone(),
                                              company));
    }

    boolean land() {
        return landAreaMu != null && landAreaMu.signum() > 0;
    }

    /** The same lead moved on to LANDED, registered on {@code day}. */
    DemoSignedLead landedOn(LocalDate day) {
        return new DemoSignedLead(number, leadId, owner, Stage.LANDED, signedOn, reference, day, null,
                                  plannedInvestment, landAreaMu, floorSpaceM2, jobs, zone, company);
    }
}
