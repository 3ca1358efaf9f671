package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.Yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

/**
 * The board of any past day without going through every lead. Each lead's stays (open in one stage from one day until
 * another) are kept as known now and as known then. Per stage, the changes in the number of open leads and their
 * planned investment by day give a day's totals by adding up the days up to it, and the stays sorted by planned
 * investment give the day's largest leads by walking from the largest until enough of them cover the day.
 */
final class BoardHistory {

    private static final Comparator<Stay> LARGEST_FIRST = Comparator.comparingLong(Stay::yuan).reversed()
                                                                    .thenComparing(Stay::leadId)
                                                                    .thenComparing(Stay::from);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Knowledge, List<StageHistory>> history = new EnumMap<>(Knowledge.class);

    BoardHistory() {
        for (Knowledge knowledge : Knowledge.values()) {
            List<StageHistory> stages = new ArrayList<>();
            for (Stage ignored : Stage.values()) {
                stages.add(new StageHistory());
            }
            history.put(knowledge, stages);
        }
    }

    /** Moves a lead from its stays in one journey (null: none) to those in another (null: none). */
    void replace(LeadJourney before, LeadJourney after) {
        lock.writeLock().lock();
        try {
            for (Knowledge knowledge : Knowledge.values()) {
                List<StageHistory> stages = history.get(knowledge);
                if (before != null) {
                    stays(before, knowledge).forEach(stay -> stages.get(stay.stage().ordinal()).add(stay, -1));
                }
                if (after != null) {
                    stays(after, knowledge).forEach(stay -> stages.get(stay.stage().ordinal()).add(stay, 1));
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    void clear() {
        lock.writeLock().lock();
        try {
            history.values().forEach(stages -> stages.forEach(StageHistory::clear));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The open leads per stage at the end of a day, with at most {@code cards} of the largest of each. */
    BoardAsOf board(LocalDate day, Knowledge knowledge, int cards) {
        lock.readLock().lock();
        try {
            List<BoardAsOf.Column> columns = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                StageHistory stays = history.get(knowledge).get(stage.ordinal());
                long[] totals = stays.totalsOn(day);
                columns.add(new BoardAsOf.Column(stage, totals[0], Yuan.toWan(totals[1]),
                                                 stays.largest(day, (int) Math.min(cards, totals[0]))));
            }
            return new BoardAsOf(columns);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Where the lead stood open, as the facts known by each day tell it, in the order of the days. */
    static List<Stay> stays(LeadJourney journey, Knowledge knowledge) {
        TreeSet<LocalDate> changeDays = journey.facts.values().stream().map(fact -> fact.knownOn(knowledge))
                                                     .collect(Collectors.toCollection(TreeSet::new));
        long yuan = journey.investmentWan == null ? -1 : Yuan.of(journey.investmentWan);
        List<Stay> stays = new ArrayList<>();
        Stage open = null;
        LocalDate since = null;
        for (LocalDate day : changeDays) {
            StageOnDay then = StageOnDay.of(journey, fact -> !fact.knownOn(knowledge).isAfter(day));
            Stage stage = then != null && then.status() == LeadStatus.OPEN ? then.stage() : null;
            if (stage != open) {
                if (open != null) {
                    stays.add(new Stay(journey.leadId, open, since, day, yuan));
                }
                open = stage;
                since = day;
            }
        }
        if (open != null) {
            stays.add(new Stay(journey.leadId, open, since, null, yuan));
        }
        return stays;
    }

    /**
     * Open in a stage from the end of {@code from} to the end of the day before {@code until} (null: still).
     *
     * @param yuan the lead's planned investment in 元, -1 without one
     */
    record Stay(String leadId, Stage stage, LocalDate from, LocalDate until, long yuan) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    private static final class StageHistory {

        /** By day: how the number of open leads and their planned investment in 元 change at its end. */
        private final TreeMap<LocalDate, long[]> changes = new TreeMap<>();
        private final TreeSet<Stay> largestFirst = new TreeSet<>(LARGEST_FIRST);

        void add(Stay stay, int sign) {
            change(stay.from(), sign, stay.yuan());
            if (stay.until() != null) {
                change(stay.until(), -sign, stay.yuan());
            }
            if (sign > 0) {
                largestFirst.add(stay);
            } else {
                largestFirst.remove(stay);
            }
        }

        private void change(LocalDate day, int sign, long yuan) {
            long[] change = changes.computeIfAbsent(day, any -> new long[2]);
            change[0] += sign;
            change[1] += sign * Math.max(0, yuan);
            if (change[0] == 0 && change[1] == 0) {
                changes.remove(day);
            }
        }

        long[] totalsOn(LocalDate day) {
            long[] totals = new long[2];
            for (long[] change : changes.headMap(day, true).values()) {
                totals[0] += change[0];
                totals[1] += change[1];
            }
            return totals;
        }

        List<String> largest(LocalDate day, int wanted) {
            List<String> leadIds = new ArrayList<>(wanted);
            for (var stays = largestFirst.iterator(); leadIds.size() < wanted && stays.hasNext(); ) {
                Stay stay = stays.next();
                if (stay.covers(day)) {
                    leadIds.add(stay.leadId());
                }
            }
            return leadIds;
        }

        void clear() {
            changes.clear();
            largestFirst.clear();
        }
    }
}
