package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project as it stood at a day, with what was known now or then: its commitments, the verified milestones reached
 * and capital arrived by the day, and what was due. Only verified facts count; a returned one never does. Fact kinds
 * it does not know are left out.
 */
final class ProjectAtDay {

    final TrackedProject project;
    final LocalDate asOf;
    final Commitments commitments;
    final ProjectKind kind;
    /** The first day each milestone was reached, by verified facts that happened by the day. */
    final Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
    /** The day each milestone of its kind is promised by. */
    private final Map<Milestone, LocalDate> promisedDays = new EnumMap<>(Milestone.class);
    /** Verified capital arrived by the day, oldest first. */
    final List<TrackedFact> capital;
    final BigDecimal capitalVerifiedWan;
    final BigDecimal capitalReportedWan;
    final BigDecimal capitalDueWan;
    final BigDecimal capitalCommittedWan;
    private final List<TrackedFact> counted;
    /** The capital schedule in the order of its days. */
    private final List<Tranche> schedule;
    private final List<Milestone> milestonesDue;
    /** Per {@link Rate} (by ordinal), whether the project counts below and above its line; worked out once. */
    private boolean[] denominators;
    private boolean[] numerators;

    private ProjectAtDay(TrackedProject project, LocalDate asOf, boolean knownThen) {
        this.project = project;
        this.asOf = asOf;
        this.commitments = project.commitmentsAt(asOf, knownThen);
        this.kind = commitments == null ? null : commitments.kind();
        for (PromisedDay day : commitments == null ? List.<PromisedDay>of() : commitments.promisedDays()) {
            if (day != null && day.milestone() != null && day.dueOn() != null && kind != null
                && kind.has(day.milestone())) {
                promisedDays.putIfAbsent(day.milestone(), day.dueOn());
            }
        }
        List<TrackedFact> counting = new ArrayList<>();
        List<TrackedFact> arrived = new ArrayList<>();
        BigDecimal verified = BigDecimal.ZERO;
        BigDecimal reported = BigDecimal.ZERO;
        for (TrackedFact fact : project.facts().values()) {
            boolean capitalFact = fact.kind() == ProgressKind.CAPITAL_ARRIVED && fact.amountWan() != null
                                  && fact.day() != null;
            if (capitalFact && fact.happenedBy(asOf) && fact.reportedAt(asOf, knownThen)) {
                reported = reported.add(fact.amountWan());
            }
            if (!fact.countsAt(asOf, knownThen) || !fact.happenedBy(asOf)) {
                continue;
            }
            counting.add(fact);
            if (fact.kind() == ProgressKind.MILESTONE && fact.milestone() != null && fact.day() != null) {
                reached.merge(fact.milestone(), fact.day(), (one, other) -> one.isBefore(other) ? one : other);
            } else if (capitalFact) {
                arrived.add(fact);
                verified = verified.add(fact.amountWan());
            }
        }
        arrived.sort(Comparator.comparing(TrackedFact::day));
        this.counted = counting;
        this.capital = arrived;
        this.capitalVerifiedWan = verified;
        this.capitalReportedWan = reported;
        List<Tranche> tranches = commitments == null ? List.of() : commitments.capitalSchedule();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        for (Tranche tranche : tranches) {
            committed = committed.add(tranche.amountWan());
            due = tranche.dueOn().isAfter(asOf) ? due : due.add(tranche.amountWan());
        }
        this.capitalCommittedWan = committed;
        this.capitalDueWan = due;
        this.schedule = tranches.size() < 2 ? tranches
                : tranches.stream().sorted(Comparator.comparing(Tranche::dueOn)).toList();
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone milestone : kind == null ? List.<Milestone>of() : kind.chain()) {
            if (due(milestone)) {
                milestones.add(milestone);
            }
        }
        this.milestonesDue = milestones;
    }

    /**
     * The project at the day; null when it was not signed by then (or, known then, not recorded by then), or is
     * withdrawn ({@link TrackedProject#withdrawnAt}).
     */
    static ProjectAtDay of(TrackedProject project, LocalDate asOf, boolean knownThen) {
        if (!project.signedBy(asOf, knownThen) || project.withdrawnAt(asOf, knownThen)) {
            return null;
        }
        ProjectAtDay atDay = new ProjectAtDay(project, asOf, knownThen);
        return atDay.commitments == null ? null : atDay;
    }

    boolean hasMilestone(Milestone milestone) {
        return kind != null && kind.has(milestone);
    }

    /** The day a milestone of the project's kind is promised by, or null. */
    LocalDate promised(Milestone milestone) {
        return promisedDays.get(milestone);
    }

    /** Its promised day is on or before the day looked at. */
    boolean due(Milestone milestone) {
        LocalDate promised = promised(milestone);
        return promised != null && !promised.isAfter(asOf);
    }

    boolean reachedBy(Milestone milestone) {
        return reached.containsKey(milestone);
    }

    boolean capitalDue() {
        return capitalDueWan.signum() > 0;
    }

    /** All capital due by the day has arrived (verified), however late. */
    boolean capitalMet() {
        return capitalVerifiedWan.compareTo(capitalDueWan) >= 0;
    }

    /** Each tranche due by the day was covered by verified capital arrived by its own day. */
    boolean capitalMetOnTime() {
        return uncoveredTranche(asOf) == null;
    }

    /**
     * The first tranche due on or before {@code dueBy} that verified capital arrived by its day does not cover (the
     * tranches in order of their days, each covered by what arrived up to it), or null.
     */
    Tranche uncoveredTranche(LocalDate dueBy) {
        BigDecimal due = BigDecimal.ZERO;
        for (Tranche tranche : schedule) {
            if (tranche.dueOn().isAfter(dueBy)) {
                break;
            }
            due = due.add(tranche.amountWan());
            if (arrivedBy(tranche.dueOn()).compareTo(due) < 0) {
                return tranche;
            }
        }
        return null;
    }

    /** The first tranche due by {@code dueBy} that all verified capital arrived by the day does not cover, or null. */
    Tranche outstandingTranche(LocalDate dueBy) {
        BigDecimal due = BigDecimal.ZERO;
        for (Tranche tranche : schedule) {
            if (tranche.dueOn().isAfter(dueBy)) {
                break;
            }
            due = due.add(tranche.amountWan());
            if (capitalVerifiedWan.compareTo(due) < 0) {
                return tranche;
            }
        }
        return null;
    }

    private BigDecimal arrivedBy(LocalDate day) {
        BigDecimal arrived = BigDecimal.ZERO;
        for (TrackedFact fact : capital) {
            if (fact.day().isAfter(day)) {
                break;
            }
            arrived = arrived.add(fact.amountWan());
        }
        return arrived;
    }

    /** The milestones of its kind due by the day. */
    List<Milestone> milestonesDue() {
        return milestonesDue;
    }

    /** At least one commitment is due: a milestone or capital. */
    boolean anyDue() {
        return capitalDue() || !milestonesDue.isEmpty();
    }

    /** Every commitment due by the day is met (late but met counts). */
    boolean metAll() {
        for (Milestone milestone : milestonesDue) {
            if (!reachedBy(milestone)) {
                return false;
            }
        }
        return capitalMet();
    }

    /** Every commitment due by the day was met by its own promised day. */
    boolean metAllOnTime() {
        for (Milestone milestone : milestonesDue) {
            LocalDate on = reached.get(milestone);
            if (on == null || on.isAfter(promised(milestone))) {
                return false;
            }
        }
        return capitalMetOnTime();
    }

    /** Whether the project counts on that side of the rate's line. */
    boolean counts(Rate rate, FigurePart part) {
        if (denominators == null) {
            Rate[] rates = Rate.values();
            denominators = new boolean[rates.length];
            numerators = new boolean[rates.length];
            for (Rate each : rates) {
                denominators[each.ordinal()] = RateRule.denominator(each, this);
                numerators[each.ordinal()] = RateRule.numerator(each, this);
            }
        }
        return (part == FigurePart.DENOMINATOR ? denominators : numerators)[rate.ordinal()];
    }

    /** Verified tax of a year, counted at the day (the year's tax, whatever the day). */
    BigDecimal taxOf(int year) {
        return sum(counted.stream().filter(fact -> fact.kind() == ProgressKind.TAX_PAID && fact.year() != null
                                                   && fact.year() == year && fact.amountWan() != null)
                          .map(TrackedFact::amountWan).toList());
    }

    /** Land in 亩 of a land project, or null. */
    BigDecimal landMu() {
        return kind == ProjectKind.LAND && commitments.landAreaMu() != null && commitments.landAreaMu().signum() > 0
               ? commitments.landAreaMu() : null;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
