package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one lead's journey adds to the counters of conversion history, counting only the facts a predicate lets
 * through (all of them for the live counters; those known by a past day for a look back).
 * <ul>
 * <li>A lead enters a stage the first time it reaches it; a move forward by several steps reaches each stage
 * passed, on the move's day. It has advanced from a stage once it has reached the next one.</li>
 * <li>A stay in a stage lasts from the day it was entered to the day of the next move or of the loss; time on hold
 * counts. Stays not yet ended are left out.</li>
 * <li>A stage entered as an import recorded it, without its gate's data, is counted apart as well (the first time
 * it is reached only).</li>
 * <li>A hold is revived when the lead is reopened after it.</li>
 * </ul>
 * Facts are taken in the order they were recorded, with the days they happened.
 */
final class JourneyContributions {

    private static final ConversionDimension[] DIMENSIONS = ConversionDimension.values();

    private final LeadJourney journey;
    private final ConversionDimension[] dimensions;
    private final List<Contribution> contributions = new ArrayList<>();

    private JourneyContributions(LeadJourney journey, ConversionDimension[] dimensions) {
        this.journey = journey;
        this.dimensions = dimensions;
    }

    static List<Contribution> of(LeadJourney journey, Predicate<JourneyFact> counts) {
        return new JourneyContributions(journey, DIMENSIONS).compute(counts);
    }

    /** The contributions to the counters of one dimension only (a report reads no other). */
    static List<Contribution> of(LeadJourney journey, Predicate<JourneyFact> counts, ConversionDimension dimension) {
        return new JourneyContributions(journey, new ConversionDimension[]{dimension}).compute(counts);
    }

    private List<Contribution> compute(Predicate<JourneyFact> counts) {
        Map<Stage, LocalDate> firstReached = new EnumMap<>(Stage.class);
        Set<Stage> asRecorded = EnumSet.noneOf(Stage.class);
        Stage stage = null;
        LocalDate stayStart = null;
        LocalDate heldOn = null;
        for (JourneyFact fact : journey.facts.values()) {
            if (fact instanceof JourneyFact.GateDataMissing missing) {
                // a property of the move that follows: counted whenever that move is
                if (!firstReached.containsKey(missing.stage())) {
                    asRecorded.add(missing.stage());
                }
                continue;
            }
            if (!counts.test(fact)) {
                continue;
            }
            if (fact instanceof JourneyFact.Moved moved) {
                int from = stage == null ? moved.to().ordinal() : stage.ordinal() + 1;
                for (int reached = from; reached <= moved.to().ordinal(); reached++) {
                    firstReached.putIfAbsent(Stage.values()[reached], moved.occurredOn());
                }
                firstReached.putIfAbsent(moved.to(), moved.occurredOn());
                stay(stage, stayStart, moved.occurredOn());
                stage = moved.to();
                stayStart = moved.occurredOn();
            } else if (fact instanceof JourneyFact.Lost lost) {
                stay(stage, stayStart, lost.occurredOn());
                stayStart = null;
                add(Measure.LOST_REASON, lost.occurredOn(), lost.reason().name(), null, null);
                if (lost.competingLocation() != null) {
                    add(Measure.LOST_TO, lost.occurredOn(), lost.competingLocation(), null, null);
                }
            } else if (fact instanceof JourneyFact.Held held) {
                heldOn = held.occurredOn();
                add(Measure.HELD, heldOn, "", null, null);
            } else if (fact instanceof JourneyFact.Reopened reopened) {
                if (heldOn != null) {
                    add(Measure.REVIVED, heldOn, "", null, null);
                    heldOn = null;
                }
                if (stayStart == null) {
                    stage = reopened.stage();
                    stayStart = reopened.occurredOn();
                }
            }
        }
        firstReached.forEach((reached, day) -> {
            add(Measure.ENTERED, day, reached.name(), null, null);
            if (asRecorded.contains(reached)) {
                add(Measure.ENTERED_AS_RECORDED, day, reached.name(), null, null);
            }
            if (reached.ordinal() + 1 < Stage.values().length
                    && firstReached.containsKey(Stage.values()[reached.ordinal() + 1])) {
                add(Measure.ADVANCED, day, reached.name(), null, null);
            }
            add(Measure.COHORT_REACHED, journey.identifiedOn, reached.name(), null, null);
        });
        if (firstReached.containsKey(Stage.SIGNED)) {
            add(Measure.SIGNED, firstReached.get(Stage.SIGNED), "", null, SignedTotals.of(journey));
        }
        return contributions;
    }

    private void stay(Stage stage, LocalDate start, LocalDate end) {
        if (stage != null && start != null) {
            add(Measure.STAY, start, stage.name(),
                (int) Math.max(0, ChronoUnit.DAYS.between(start, end)), null);
        }
    }

    private void add(Measure measure, LocalDate day, String item, Integer stayDays, SignedTotals signed) {
        YearMonth month = YearMonth.from(day);
        for (ConversionDimension dimension : dimensions) {
            String value = journey.valueOf(dimension);
            if (value != null) {
                contributions.add(new Contribution(journey.leadId, new CounterKey(measure, month, item, dimension,
                                                                                  value), stayDays, signed));
            }
        }
    }
}
