package org.zhaoshang.crm.project.api.value;

import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a project's agreement promises (承诺). For a capital increase (增资) every amount is the increase alone: the
 * registered capital and total investment added by this agreement, and the schedule of that added capital.
 *
 * @param registeredCapital the registered capital, as the agreement states it and in CNY (as a lead's planned
 *                          investment: amount in 万 of the currency, the rate of the day, 万元 of CNY)
 * @param totalInvestment   the total investment, the same way
 * @param capitalSchedule   the tranches of capital promised, in 万元 of CNY, each by a day
 * @param promisedDays      the day each milestone of the kind is promised by (any of them may be left out)
 * @param annualTaxWan      tax a year at full production, 万元
 * @param jobs              jobs at full production
 */
public record Commitments(ProjectKind kind,
                          PlannedInvestment registeredCapital,
                          PlannedInvestment totalInvestment,
                          List<Tranche> capitalSchedule,
                          List<PromisedDay> promisedDays,
                          BigDecimal annualTaxWan,
                          Integer jobs,
                          BigDecimal landAreaMu,
                          BigDecimal floorSpaceM2,
                          TargetZone zone,
                          String building) {

    public static final int MAX_TRANCHES = 40;
    public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    public static final long MAX_AMOUNT_WAN = 100_000_000;

    public Commitments {
        capitalSchedule = listed(capitalSchedule);
        promisedDays = listed(promisedDays);
    }

    /** A copy that keeps a missing element, so that the validation names it instead of a NullPointerException. */
    private static <T> List<T> listed(List<T> elements) {
        return elements == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(elements));
    }

    /** The amount in 万元 of CNY the total investment promises, or null. */
    public BigDecimal totalInvestmentCnyWan() {
        return totalInvestment == null ? null : totalInvestment.cnyWan();
    }

    /** The day promised for a milestone, or null. */
    public LocalDate promised(Milestone milestone) {
        return promisedDays.stream().filter(day -> day != null && day.milestone() == milestone && day.dueOn() != null)
                           .map(PromisedDay::dueOn).findFirst().orElse(null);
    }

    /** The rules that hold whatever the project's state; each field is named after {@code prefix}. */
    public Violations validate(Violations violations, String prefix) {
        violations.required(prefix + "kind", kind);
        money(violations, prefix + "registeredCapital", registeredCapital);
        money(violations, prefix + "totalInvestment", totalInvestment);
        violations.check(capitalSchedule.size() <= MAX_TRANCHES, prefix + "capitalSchedule", "max-size",
                         "at most " + MAX_TRANCHES + " tranches");
        if (capitalSchedule.size() <= MAX_TRANCHES) {
            for (int i = 0; i < capitalSchedule.size(); i++) {
                Tranche tranche = capitalSchedule.get(i);
                String field = prefix + "capitalSchedule[" + i + "]";
                violations.required(field, tranche);
                if (tranche != null) {
                    violations.required(field + ".dueOn", tranche.dueOn());
                    day(violations, field + ".dueOn", tranche.dueOn());
                    violations.required(field + ".amountWan", tranche.amountWan())
                              .positiveAtMost(field + ".amountWan", tranche.amountWan(), MAX_AMOUNT_WAN);
                }
            }
            BigDecimal scheduled = scheduledCnyWan();
            BigDecimal total = workedOutCnyWan(totalInvestment);
            violations.check(scheduled == null || total == null || scheduled.compareTo(total) <= 0,
                             prefix + "capitalSchedule", "beyond-total",
                             "the tranches add up to more than the total investment");
        }
        promisedDays(violations, prefix);
        return violations.between(prefix + "annualTaxWan", annualTaxWan, 0, MAX_AMOUNT_WAN)
                         .between(prefix + "jobs", jobs, 0, 1_000_000)
                         .between(prefix + "landAreaMu", landAreaMu, 0, 100_000)
                         .between(prefix + "floorSpaceM2", floorSpaceM2, 0, 10_000_000)
                         .maxLength(prefix + "building", building, Violations.MAX_NAME_LENGTH);
    }

    private void promisedDays(Violations violations, String prefix) {
        violations.check(promisedDays.size() <= Milestone.values().length, prefix + "promisedDays", "max-size",
                         "at most one day for each milestone");
        if (promisedDays.size() > Milestone.values().length) {
            return;
        }
        Set<Milestone> seen = EnumSet.noneOf(Milestone.class);
        for (int i = 0; i < promisedDays.size(); i++) {
            PromisedDay promised = promisedDays.get(i);
            String field = prefix + "promisedDays[" + i + "]";
            violations.required(field, promised);
            if (promised == null) {
                continue;
            }
            violations.required(field + ".milestone", promised.milestone())
                      .required(field + ".dueOn", promised.dueOn());
            day(violations, field + ".dueOn", promised.dueOn());
            if (promised.milestone() != null) {
                violations.check(seen.add(promised.milestone()), field + ".milestone", "unique",
                                 "one day for each milestone")
                          .check(kind == null || kind.has(promised.milestone()), field + ".milestone", "kind",
                                 promised.milestone() + " is not a milestone of " + kind + " projects: "
                                 + (kind == null ? "" : kind.chain()));
            }
        }
        if (kind != null) {
            LocalDate last = null;
            for (Milestone milestone : kind.chain()) {
                LocalDate due = promised(milestone);
                violations.check(due == null || last == null || !due.isBefore(last), prefix + "promisedDays", "order",
                                 milestone + " cannot be promised before an earlier milestone of the chain "
                                 + kind.chain());
                last = due == null ? last : due;
            }
        }
    }

    private BigDecimal scheduledCnyWan() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Tranche tranche : capitalSchedule) {
            if (tranche == null || tranche.amountWan() == null || !Violations.withinBounds(tranche.amountWan())) {
                return null; // refused tranche by tranche; adding 1E-2147483647 would overflow
            }
            sum = sum.add(tranche.amountWan());
        }
        return sum;
    }

    /**
     * The amount in 万元 of CNY as {@link #normalized()} will work it out (the CNY a caller sends is never read), or
     * null when the amount or its rate is missing or out of bounds (refused at its own field).
     */
    private static BigDecimal workedOutCnyWan(PlannedInvestment money) {
        if (money == null || money.amountWan() == null || !Violations.withinBounds(money.amountWan())) {
            return null;
        }
        String currency = money.currency() == null ? "CNY" : money.currency().strip();
        if (currency.equals("CNY")) {
            return money.amountWan();
        }
        return money.rateToCny() == null || !Violations.withinBounds(money.rateToCny()) ? null
               : money.amountWan().multiply(money.rateToCny());
    }

    /** The same commitments with each amount's CNY worked out from its rate and text stripped. */
    public Commitments normalized() {
        return new Commitments(kind, inCny(registeredCapital), inCny(totalInvestment), capitalSchedule,
                               promisedDays, annualTaxWan, jobs, landAreaMu, floorSpaceM2, zone,
                               building == null || building.isBlank() ? null : building.strip());
    }

    private static void day(Violations violations, String field, LocalDate day) {
        violations.check(day == null || !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY), field, "range",
                         "must be between " + FIRST_DAY + " and " + LAST_DAY);
    }

    private static void money(Violations violations, String field, PlannedInvestment money) {
        if (money == null) {
            return;
        }
        String currency = money.currency() == null ? "CNY" : money.currency().strip();
        boolean cny = currency.equals("CNY");
        violations.required(field + ".amountWan", money.amountWan())
                  .between(field + ".amountWan", money.amountWan(), 0, MAX_AMOUNT_WAN)
                  .check(PlannedInvestment.CURRENCIES.contains(currency), field + ".currency", "one-of",
                         "must be one of " + String.join(", ", PlannedInvestment.CURRENCIES))
                  .check(cny || money.rateToCny() != null, field + ".rateToCny", "required",
                         "give the rate of the day for an amount in " + currency)
                  .positiveAtMost(field + ".rateToCny", money.rateToCny(), PlannedInvestment.MAX_RATE_TO_CNY)
                  .check(!cny || money.rateToCny() == null || money.rateToCny().compareTo(BigDecimal.ONE) == 0,
                         field + ".rateToCny", "cny-is-one", "must be 1 (or empty) for CNY");
    }

    private static PlannedInvestment inCny(PlannedInvestment money) {
        if (money == null || money.amountWan() == null) {
            return null;
        }
        String currency = money.currency() == null ? "CNY" : money.currency().strip();
        BigDecimal rate = currency.equals("CNY") ? BigDecimal.ONE : money.rateToCny();
        return new PlannedInvestment(money.amountWan(), currency, rate,
                                     money.amountWan().multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }
}
