package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Sets a lead's figures; every field replaces the one before (null clears it).
 *
 * @param investmentAmountWan planned investment in 万 of {@code investmentCurrency}
 * @param investmentCurrency  ISO 4217 code; CNY if null
 * @param rateToCny           CNY per unit of a foreign currency on the day; required unless CNY
 */
public record UpdateLeadNumbersCommand(@TargetAggregateIdentifier String leadId,
                                       BigDecimal investmentAmountWan,
                                       String investmentCurrency,
                                       BigDecimal rateToCny,
                                       BigDecimal landAreaMu,
                                       BigDecimal floorSpaceM2,
                                       BigDecimal expectedAnnualTaxWan,
                                       Integer expectedJobs,
                                       TargetZone targetZone,
                                       String targetBuilding,
                                       @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        String currency = currency();
        boolean cny = currency.equals("CNY");
        return violations
                .between("investmentAmountWan", investmentAmountWan, 0, 100_000_000)
                .check(investmentAmountWan != null || investmentCurrency == null && rateToCny == null,
                       "investmentAmountWan", "required", "give the amount when giving a currency or rate")
                .check(PlannedInvestment.CURRENCIES.contains(currency), "investmentCurrency", "one-of",
                       "must be one of " + String.join(", ", PlannedInvestment.CURRENCIES))
                .check(cny || investmentAmountWan == null || rateToCny != null,
                       "rateToCny", "required", "give the rate of the day for an amount in " + currency)
                .positiveAtMost("rateToCny", rateToCny, PlannedInvestment.MAX_RATE_TO_CNY)
                .check(!cny || rateToCny == null || rateToCny.compareTo(BigDecimal.ONE) == 0,
                       "rateToCny", "cny-is-one", "must be 1 (or empty) for CNY")
                .between("landAreaMu", landAreaMu, 0, 100_000)
                .between("floorSpaceM2", floorSpaceM2, 0, 10_000_000)
                .between("expectedAnnualTaxWan", expectedAnnualTaxWan, 0, 10_000_000)
                .between("expectedJobs", expectedJobs, 0, 1_000_000)
                .maxLength("targetBuilding", targetBuilding, Violations.MAX_NAME_LENGTH);
    }

    /** The planned investment these figures give, in CNY as well; null when no amount is given. */
    public PlannedInvestment plannedInvestment() {
        if (investmentAmountWan == null) {
            return null;
        }
        String currency = currency();
        BigDecimal rate = currency.equals("CNY") ? BigDecimal.ONE : rateToCny;
        return new PlannedInvestment(investmentAmountWan, currency, rate,
                                     investmentAmountWan.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    private String currency() {
        return investmentCurrency == null ? "CNY" : investmentCurrency.strip();
    }
}
