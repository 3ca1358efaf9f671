package org.zhaoshang.crm.project.api.value;

import org.zhaoshang.crm.lead.api.value.PlannedInvestment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A part of the capital schedule: the amount promised to have arrived by a day.
 *
 * @param amountWan what counts: 万元 of CNY (worked out from {@code stated} when there is one: a value sent is not
 *                  read then)
 * @param stated    the amount as the agreement states it in a foreign currency, with the rate of the day, as a lead's
 *                  planned investment holds it; null for an amount given in 万元 of CNY (and in events stored before
 *                  tranches had it)
 */
public record Tranche(LocalDate dueOn, BigDecimal amountWan, PlannedInvestment stated) {

    public Tranche(LocalDate dueOn, BigDecimal amountWan) {
        this(dueOn, amountWan, null);
    }

    /** 万元 of CNY: {@code amountWan}, or the stated amount at its rate; null when it cannot be worked out. */
    public BigDecimal cnyWan() {
        return stated == null ? amountWan : Commitments.cnyWanOf(stated);
    }
}
