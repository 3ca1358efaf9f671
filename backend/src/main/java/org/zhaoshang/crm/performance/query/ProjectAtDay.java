package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    /** Verified capital arrived by the day, oldest first. */
    final List<TrackedFact> capital;
    final BigDecimal capitalVerifiedWan;
    final BigDecimal capitalReportedWan;
    final BigDecimal capitalDueWan;
    final BigDecimal capitalCommittedWan;
    private final List<TrackedFact> counted;

    private ProjectAtDay(TrackedProject project, LocalDate asOf, boolean knownThen) {
        this.project = project;
        this.asOf = asOf;
        this.commitments = project.commitmentsAt(asOf, knownThen);
        this.kind = commitments == null ? null : commitments.kind();
        this.counted = project.facts().values().stream()
                              .filter(fact -> fact.countsAt(asOf, knownThen) && fact.happenedBy(asOf)).toList();
        for (TrackedFact fact : counted) {
            if (fact.kind() == ProgressKind.MILESTONE && fact.milestone() != null && fact.day() != null) {
                reached.merge(fact.milestone(), fact.day(), (one, other) -> one.isBefore(other) ? one : other);
            }
        }
        this.capital = counted.stream().filter(fact -> fact.kind() == ProgressKind.CAPITAL_ARRIVED
                                                       && fact.amountWan() != null && fact.day() != null)
                              .sorted(Comparator.comparing(TrackedFact::day)).toList();
        this.capitalVerifiedWan = sum(capital.stream().map(TrackedFact::amountWan).toList());
        this.capitalReportedWan = sum(project.facts().values().stream()
                                             .filter(fact -> fact.kind() == ProgressKind.CAPITAL_ARRIVED
                                                             && fact.amountWan() != null && fact.happenedBy(asOf)
                                                             && fact.reportedAt(asOf, knownThen))
                                             .map(TrackedFact::amountWan).toList());
        List<Tranche> schedule = commitments == null ? List.of() : commitments.capitalSchedule();
        this.capitalCommittedWan = sum(schedule.stream().map(Tranche::amountWan).toList());
        this.capitalDueWan = sum(schedule.stream().filter(tranche -> !tranche.dueOn().isAfter(asOf))
                                         .map(Tranche::amountWan).toList());
    }

    /** The project at the day; null when it was not signed by then (or, known then, not recorded by then). */
    static ProjectAtDay of(TrackedProject project, LocalDate asOf, boolean knownThen) {
        if (!project.signedBy(asOf, knownThen)) {
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
        return hasMilestone(milestone) ? commitments.promised(milestone) : null;
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
        for (Tranche tranche : commitments.capitalSchedule().stream()
                                          .sorted(Comparator.comparing(Tranche::dueOn)).toList()) {
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
        for (Tranche tranche : commitments.capitalSchedule().stream()
                                          .sorted(Comparator.comparing(Tranche::dueOn)).toList()) {
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
        return kind == null ? List.of() : kind.chain().stream().filter(this::due).toList();
    }

    /** At least one commitment is due: a milestone or capital. */
    boolean anyDue() {
        return capitalDue() || !milestonesDue().isEmpty();
    }

    /** Every commitment due by the day is met (late but met counts). */
    boolean metAll() {
        return capitalMet() && milestonesDue().stream().allMatch(this::reachedBy);
    }

    /** Every commitment due by the day was met by its own promised day. */
    boolean metAllOnTime() {
        return capitalMetOnTime() && milestonesDue().stream().allMatch(
                milestone -> reachedBy(milestone) && !reached.get(milestone).isAfter(promised(milestone)));
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
