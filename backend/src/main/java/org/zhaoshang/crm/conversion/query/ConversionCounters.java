package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Conversion history as counters by month: a report for any period reads a few counters per month, stage and slice,
 * however many leads there are. Stays are kept as counts per length in days (an array by days), for percentiles.
 */
final class ConversionCounters {

    static final String JAPAN_KOREA = "JAPAN_KOREA";

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<CounterKey, Long> counts = new HashMap<>();
    /** Per counter, the number of stays of each length in days (index = days). */
    private final Map<CounterKey, long[]> stays = new HashMap<>();
    private final Map<CounterKey, SignedTotals> signed = new HashMap<>();
    private final Map<ConversionDimension, Set<String>> values = new EnumMap<>(ConversionDimension.class);
    private final Map<Measure, Set<String>> items = new EnumMap<>(Measure.class);

    /** Adds one lead's contributions. */
    void add(List<Contribution> contributions) {
        lock.writeLock().lock();
        try {
            add(contributions, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces one lead's contributions at once: no report sees the lead taken away but not yet added back. */
    void replace(List<Contribution> before, List<Contribution> after) {
        lock.writeLock().lock();
        try {
            add(before, -1);
            add(after, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void add(List<Contribution> contributions, int sign) {
        for (Contribution contribution : contributions) {
            CounterKey key = contribution.key();
            Long before = counts.get(key);
            counts.put(key, before == null ? sign : before + sign);
            if (contribution.stayDays() != null) {
                int days = contribution.stayDays();
                long[] lengths = stays.get(key);
                if (lengths == null || lengths.length <= days) {
                    lengths = lengths == null ? new long[days + 1] : Arrays.copyOf(lengths, days + 1);
                    stays.put(key, lengths);
                }
                lengths[days] += sign;
            }
            if (contribution.signed() != null) {
                signed.merge(key, SignedTotals.NONE.plus(contribution.signed(), sign),
                             (old, added) -> old.plus(added, 1));
            }
            if (before == null) {
                // a counter stays once made (at zero too), so its value and item are known from then on
                values.computeIfAbsent(key.dimension(), any -> new TreeSet<>()).add(key.value());
                items.computeIfAbsent(key.measure(), any -> new TreeSet<>()).add(key.item());
            }
        }
    }

    void clear() {
        lock.writeLock().lock();
        try {
            counts.clear();
            stays.clear();
            signed.clear();
            values.clear();
            items.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    ConversionReport report(YearMonth from, YearMonth to, ConversionDimension dimension) {
        lock.readLock().lock();
        try {
            List<String> rowValues = new ArrayList<>(values.getOrDefault(dimension, Set.of()));
            if (dimension == ConversionDimension.MARKET) {
                rowValues.add(JAPAN_KOREA);
            }
            List<ConversionReport.Row> rows = new ArrayList<>();
            for (String value : rowValues) {
                Slice slice = new Slice(from, to, dimension, value);
                if (slice.count(Measure.ENTERED, Stage.LEAD.name()) > 0 || slice.anyActivity()) {
                    rows.add(slice.row());
                }
            }
            return new ConversionReport(rows);
        } finally {
            lock.readLock().unlock();
        }
    }

    CohortReport cohorts(YearMonth from, YearMonth to, ConversionDimension dimension, String value) {
        lock.readLock().lock();
        try {
            List<CohortReport.Cohort> cohorts = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Slice slice = new Slice(month, month, dimension, value);
                Map<Stage, Long> reached = new EnumMap<>(Stage.class);
                for (Stage stage : Stage.values()) {
                    reached.put(stage, slice.count(Measure.COHORT_REACHED, stage.name()));
                }
                cohorts.add(new CohortReport.Cohort(month, reached.get(Stage.LEAD), reached));
            }
            return new CohortReport(cohorts);
        } finally {
            lock.readLock().unlock();
        }
    }

    SignedTotals signed(YearMonth from, YearMonth to) {
        lock.readLock().lock();
        try {
            SignedTotals total = SignedTotals.NONE;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                SignedTotals monthly = signed.get(new CounterKey(Measure.SIGNED, month, "", ConversionDimension.ALL,
                                                                 "*"));
                if (monthly != null) {
                    total = total.plus(monthly, 1);
                }
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The counters of one row: a period and one value of a dimension (JAPAN_KOREA adds up two). */
    private final class Slice {

        private final YearMonth from;
        private final YearMonth to;
        private final ConversionDimension dimension;
        private final List<String> values;

        Slice(YearMonth from, YearMonth to, ConversionDimension dimension, String value) {
            this.from = from;
            this.to = to;
            this.dimension = dimension;
            this.values = dimension == ConversionDimension.MARKET && value.equals(JAPAN_KOREA)
                          ? List.of(SourceMarket.JAPAN.name(), SourceMarket.KOREA.name()) : List.of(value);
        }

        long count(Measure measure, String item) {
            long total = 0;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                for (String value : values) {
                    total += counts.getOrDefault(new CounterKey(measure, month, item, dimension, value), 0L);
                }
            }
            return total;
        }

        boolean anyActivity() {
            return lost() > 0 || count(Measure.HELD, "") > 0
                   || Arrays.stream(Stage.values()).anyMatch(stage -> count(Measure.ENTERED, stage.name()) > 0);
        }

        long lost() {
            return items.getOrDefault(Measure.LOST_REASON, Set.of()).stream()
                        .mapToLong(reason -> count(Measure.LOST_REASON, reason)).sum();
        }

        ConversionReport.Row row() {
            List<ConversionReport.StageFigures> stages = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                long entered = count(Measure.ENTERED, stage.name());
                long advanced = count(Measure.ADVANCED, stage.name());
                long[] lengths = stayLengths(stage);
                stages.add(new ConversionReport.StageFigures(stage, entered, advanced, ratio(advanced, entered),
                                                             percentile(lengths, 50), percentile(lengths, 75),
                                                             count(Measure.ENTERED_AS_RECORDED, stage.name())));
            }
            Map<LossReason, Long> lostByReason = new EnumMap<>(LossReason.class);
            for (LossReason reason : LossReason.values()) {
                long lost = count(Measure.LOST_REASON, reason.name());
                if (lost > 0) {
                    lostByReason.put(reason, lost);
                }
            }
            Map<String, Long> lostTo = new LinkedHashMap<>();
            for (String location : items.getOrDefault(Measure.LOST_TO, Set.of())) {
                long lost = count(Measure.LOST_TO, location);
                if (lost > 0) {
                    lostTo.put(location, lost);
                }
            }
            long signedInPeriod = count(Measure.ENTERED, Stage.SIGNED.name());
            String value = values.size() == 1 ? values.get(0) : JAPAN_KOREA;
            return new ConversionReport.Row(value, stages, ratio(signedInPeriod, signedInPeriod + lost()),
                                            lostByReason, lostTo, count(Measure.HELD, ""),
                                            count(Measure.REVIVED, ""));
        }

        private long[] stayLengths(Stage stage) {
            long[] lengths = new long[0];
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                for (String value : values) {
                    long[] monthly = stays.get(new CounterKey(Measure.STAY, month, stage.name(), dimension, value));
                    if (monthly != null) {
                        if (monthly.length > lengths.length) {
                            lengths = Arrays.copyOf(lengths, monthly.length);
                        }
                        for (int days = 0; days < monthly.length; days++) {
                            lengths[days] += monthly[days];
                        }
                    }
                }
            }
            return lengths;
        }
    }

    /** The smallest length with at least {@code percent} % of the stays at or below it; null without stays. */
    private static Integer percentile(long[] lengths, int percent) {
        long total = Arrays.stream(lengths).sum();
        if (total <= 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        long seen = 0;
        for (int days = 0; days < lengths.length; days++) {
            seen += lengths[days];
            if (seen >= rank) {
                return days;
            }
        }
        return lengths.length - 1;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
