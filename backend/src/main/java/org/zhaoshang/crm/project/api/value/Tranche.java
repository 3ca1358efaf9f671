package org.zhaoshang.crm.project.api.value;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A part of the capital schedule: the amount (万元 of CNY) promised to have arrived by a day. */
public record Tranche(LocalDate dueOn, BigDecimal amountWan) {
}
