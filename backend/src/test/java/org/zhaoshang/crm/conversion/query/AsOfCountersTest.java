package org.zhaoshang.crm.conversion.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A look back counts only the dimension asked (the circular asks three: its month by market, the year's rankings by
 * owner and by ambassador). Each of those answers exactly what the counters of every dimension at once answered.
 */
class AsOfCountersTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 12, 31),
                                                        LocalDate.of(2026, 6, 15), LocalDate.of(2027, 12, 31));
    private static final List<YearMonth[]> PERIODS = List.of(
            new YearMonth[]{YearMonth.of(2025, 1), YearMonth.of(2025, 12)},
            new YearMonth[]{YearMonth.of(2025, 11), YearMonth.of(2025, 11)},
            new YearMonth[]{YearMonth.of(2026, 1), YearMonth.of(2026, 6)},
            new YearMonth[]{YearMonth.of(2024, 1), YearMonth.of(2027, 12)});

    @Test
    void eachDimensionCountedAloneAnswersWhatCountingEveryDimensionAnswered() {
        List<LeadJourney> journeys = journeys(new Random(21), 400);
        int compared = 0;
        for (Knowledge knowledge : Knowledge.values()) {
            for (LocalDate day : DAYS) {
                Predicate<JourneyFact> known = ConversionQueries.known(day, knowledge);
                ConversionCounters everyDimension = new ConversionCounters();
                journeys.forEach(journey -> everyDimension.add(JourneyContributions.of(journey, known)));
                for (ConversionDimension dimension : ConversionDimension.values()) {
                    ConversionCounters alone = ConversionQueries.asOf(journeys, known, dimension);
                    for (YearMonth[] period : PERIODS) {
                        assertThat(alone.report(period[0], period[1], dimension))
                                .as("%s as of %s %s, %s to %s", dimension, day, knowledge, period[0], period[1])
                                .isEqualTo(everyDimension.report(period[0], period[1], dimension));
                        String value = journeys.get(0).valueOf(dimension);
                        assertThat(alone.cohorts(period[0], period[1], dimension, value))
                                .isEqualTo(everyDimension.cohorts(period[0], period[1], dimension, value));
                        compared++;
                    }
                }
            }
        }
        // the made-up journeys do fill the reports the circular reads
        Predicate<JourneyFact> now = ConversionQueries.known(LocalDate.of(2027, 12, 31), Knowledge.AS_KNOWN_THEN);
        for (ConversionDimension dimension : List.of(ConversionDimension.MARKET, ConversionDimension.OWNER,
                                                     ConversionDimension.AMBASSADOR)) {
            assertThat(ConversionQueries.asOf(journeys, now, dimension)
                                        .report(YearMonth.of(2025, 1), YearMonth.of(2026, 12), dimension).rows())
                    .hasSizeGreaterThan(2)
                    .anySatisfy(row -> assertThat(row.lostByReason()).isNotEmpty())
                    .anySatisfy(row -> assertThat(row.stages().get(Stage.SIGNED.ordinal()).entered()).isPositive());
        }
        assertThat(compared).isEqualTo(Knowledge.values().length * DAYS.size() * PERIODS.size()
                                       * ConversionDimension.values().length);
    }

    /** Made-up journeys: forward moves (some skipping stages, some without their gate's data), losses, holds. */
    private static List<LeadJourney> journeys(Random random, int count) {
        List<LeadJourney> journeys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LeadJourney journey = new LeadJourney();
            journey.leadId = "lead-" + i;
            journey.market = pick(random, SourceMarket.values());
            journey.channel = random.nextInt(5) == 0 ? null : pick(random, Channel.values());
            journey.industry = random.nextInt(4) == 0 ? null : pick(random, Industry.values());
            journey.ambassador = random.nextInt(3) == 0 ? null : "ambassador-" + random.nextInt(6);
            journey.owner = "staff-" + random.nextInt(5);
            journey.fortune500 = random.nextInt(10) == 0;
            journey.identifiedOn = START.plusDays(random.nextInt(540));
            journey.investmentWan = random.nextBoolean() ? null : BigDecimal.valueOf(100 + random.nextInt(50_000));
            journey.landAreaMu = random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(80));
            journey.floorSpaceM2 = random.nextBoolean() ? null : BigDecimal.valueOf(100 + random.nextInt(9_000));
            addFacts(random, journey);
            journeys.add(journey);
        }
        return journeys;
    }

    private static void addFacts(Random random, LeadJourney journey) {
        long sequence = 0;
        LocalDate day = journey.identifiedOn;
        journey.facts.put(sequence++, new JourneyFact.Moved(null, Stage.LEAD, day, late(random, day)));
        Stage stage = Stage.LEAD;
        boolean open = true;
        for (int step = random.nextInt(8); step > 0; step--) {
            day = day.plusDays(random.nextInt(60));
            int kind = random.nextInt(10);
            if (open && kind < 6 && stage != Stage.SIGNED) {
                Stage to = Stage.values()[Math.min(Stage.SIGNED.ordinal(),
                                                   stage.ordinal() + 1 + (random.nextInt(4) == 0 ? 1 : 0))];
                if (random.nextInt(5) == 0) {
                    journey.facts.put(sequence++, new JourneyFact.GateDataMissing(to, day, late(random, day)));
                }
                journey.facts.put(sequence++, new JourneyFact.Moved(stage, to, day, late(random, day)));
                stage = to;
            } else if (open && kind < 8) {
                LossReason reason = pick(random, LossReason.values());
                journey.facts.put(sequence++, new JourneyFact.Lost(stage, reason, random.nextBoolean() ? null
                        : "place-" + random.nextInt(3), day, late(random, day)));
                open = false;
            } else if (open) {
                journey.facts.put(sequence++, new JourneyFact.Held(stage, day, late(random, day)));
                open = false;
            } else {
                journey.facts.put(sequence++, new JourneyFact.Reopened(stage, day, late(random, day)));
                open = true;
            }
        }
    }

    /** Recorded the same day, or up to three weeks late. */
    private static LocalDate late(Random random, LocalDate day) {
        return random.nextBoolean() ? day : day.plusDays(random.nextInt(21));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
