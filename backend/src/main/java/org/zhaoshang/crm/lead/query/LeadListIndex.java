package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;

import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.Yuan;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * The lead list held in memory so that a filtered, sorted page and its total cost about the same at 100,000 leads as
 * at 1,000: one bit set of leads per value of each filter field (a filter is an AND of ORs of bit sets), and the
 * leads kept sorted by each sort key (a page walks the order from the start and stops when it is full). Only dates
 * ranges and text, which no bit set answers, are tested lead by lead, and only on the leads the bit sets let through.
 */
final class LeadListIndex {

    private static final String DATA_TO_COMPLETE = "dataToComplete";

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<LeadSummary> rows = new ArrayList<>();
    private final NameIndex names = new NameIndex();
    private final List<CollationKey> companyKeys = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<Facet, BitSet> facets = new HashMap<>();
    private final BitSet present = new BitSet();
    private final Map<LeadSort, SortedLeads> orders = new EnumMap<>(LeadSort.class);
    /** Per stage, the leads by planned investment: the board's cards without walking other stages' leads. */
    private final Map<Stage, SortedLeads> byStageAndInvestment = new EnumMap<>(Stage.class);
    /** Planned investment in 元 by ordinal (0 without one), summed for the board's totals. */
    private long[] amountsYuan = new long[1024];
    private final Collator collator = Collator.getInstance(Locale.CHINA);

    LeadListIndex() {
        Comparator<Integer> byId = Comparator.comparing(ordinal -> rows.get(ordinal).leadId());
        orders.put(LeadSort.IDENTIFIED_ON, new SortedLeads(
                row -> row.identifiedOn(),
                Comparator.<Integer, LocalDate>comparing(ordinal -> rows.get(ordinal).identifiedOn())
                          .thenComparing(ordinal -> rows.get(ordinal).createdAt()).thenComparing(byId), byId));
        orders.put(LeadSort.COMPANY, new SortedLeads(
                row -> row, Comparator.<Integer, CollationKey>comparing(companyKeys::get).thenComparing(byId), byId));
        orders.put(LeadSort.PLANNED_INVESTMENT, sortedBy(LeadSummary::plannedInvestmentCnyWan, byId));
        orders.put(LeadSort.STAGE, new SortedLeads(
                row -> row.stage(),
                Comparator.<Integer, Integer>comparing(ordinal -> rows.get(ordinal).stage().ordinal())
                          .thenComparing(ordinal -> rows.get(ordinal).stageEnteredOn()).thenComparing(byId), byId));
        orders.put(LeadSort.LAST_CONTACT, sortedBy(LeadSummary::lastContactOn, byId));
        orders.put(LeadSort.NEXT_FOLLOW_UP, sortedBy(LeadSummary::nextFollowUpOn, byId));
        for (Stage stage : Stage.values()) {
            byStageAndInvestment.put(stage, sortedBy(LeadSummary::plannedInvestmentCnyWan, byId));
        }
    }

    private <T extends Comparable<? super T>> SortedLeads sortedBy(Function<LeadSummary, T> key,
                                                                   Comparator<Integer> byId) {
        return new SortedLeads(key, Comparator.<Integer, T>comparing(ordinal -> key.apply(rows.get(ordinal)))
                                              .thenComparing(byId), byId);
    }

    /** Adds a lead or replaces its row. */
    void put(LeadSummary row) {
        lock.writeLock().lock();
        try {
            Integer ordinal = ordinals.get(row.leadId());
            LeadSummary old = null;
            if (ordinal == null) {
                ordinal = rows.size();
                ordinals.put(row.leadId(), ordinal);
                rows.add(row);
                companyKeys.add(null);
            } else {
                old = rows.get(ordinal);
                remove(ordinal);
            }
            add(ordinal, row);
            names.put(ordinal, old, row);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The lead's row, or null. */
    LeadSummary get(String leadId) {
        lock.readLock().lock();
        try {
            Integer ordinal = ordinals.get(leadId);
            return ordinal == null ? null : rows.get(ordinal);
        } finally {
            lock.readLock().unlock();
        }
    }

    void clear() {
        lock.writeLock().lock();
        try {
            rows.clear();
            names.clear();
            companyKeys.clear();
            ordinals.clear();
            facets.clear();
            present.clear();
            orders.values().forEach(SortedLeads::clear);
            byStageAndInvestment.values().forEach(SortedLeads::clear);
            Arrays.fill(amountsYuan, 0);
        } finally {
            lock.writeLock().unlock();
        }
    }

    LeadPage find(LeadFilter filter, LeadScope scope, LeadSort sort, boolean descending, int page, int size) {
        lock.readLock().lock();
        try {
            BitSet matches = candidates(filter, scope);
            IntPredicate rest = rest(filter);
            if (rest != null) {
                for (int ordinal = matches.nextSetBit(0); ordinal >= 0; ordinal = matches.nextSetBit(ordinal + 1)) {
                    if (!rest.test(ordinal)) {
                        matches.clear(ordinal);
                    }
                }
            }
            int total = matches.cardinality();
            List<LeadSummary> leads = orders.get(sort).page(matches, total, descending, (long) page * size, size,
                                                            present.cardinality(), rows::get)
                                            .stream().map(rows::get).toList();
            return new LeadPage(leads, total);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The filter's leads by stage: per stage the count, the sum of planned investment and the leads with the largest
     * planned investment first (then those without one).
     */
    PipelineBoard board(LeadFilter filter, LeadScope scope, int cardsPerStage) {
        lock.readLock().lock();
        try {
            BitSet candidates = candidates(filter, scope);
            IntPredicate rest = rest(filter);
            IntPredicate matches = rest == null ? candidates::get : ordinal -> candidates.get(ordinal)
                                                                                 && rest.test(ordinal);
            List<PipelineBoard.Column> columns = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                BitSet inStage = (BitSet) candidates.clone();
                inStage.and(facets.getOrDefault(new Facet("stage", stage), new BitSet()));
                long leads = 0;
                long yuan = 0;
                for (int ordinal = inStage.nextSetBit(0); ordinal >= 0; ordinal = inStage.nextSetBit(ordinal + 1)) {
                    if (rest == null || rest.test(ordinal)) {
                        leads++;
                        yuan += amountsYuan[ordinal];
                    }
                }
                List<LeadSummary> cards = new ArrayList<>();
                Iterator<Integer> order = byStageAndInvestment.get(stage).iterator(true);
                while (cards.size() < Math.min(cardsPerStage, leads) && order.hasNext()) {
                    int ordinal = order.next();
                    if (matches.test(ordinal)) {
                        cards.add(rows.get(ordinal));
                    }
                }
                columns.add(new PipelineBoard.Column(stage, leads, Yuan.toWan(yuan), cards));
            }
            return new PipelineBoard(columns);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The open follow-ups assigned to someone (anyone when null), of leads not lost, the earliest due first. */
    List<FollowUpItem> followUps(String assignee, LeadScope scope) {
        lock.readLock().lock();
        try {
            BitSet leads = (BitSet) (assignee == null ? present : facets.getOrDefault(new Facet("assignee", assignee),
                                                                                      new BitSet())).clone();
            restrictTo(leads, scope);
            List<FollowUpItem> items = new ArrayList<>();
            leads.stream().mapToObj(rows::get).filter(row -> row.status() != LeadStatus.LOST).forEach(
                    row -> row.openFollowUps().stream()
                              .filter(followUp -> assignee == null || assignee.equals(followUp.assignee()))
                              .forEach(followUp -> items.add(new FollowUpItem(row.leadId(), row.companyNameEn(),
                                                                              row.companyNameZh(), row.stage(),
                                                                              row.status(), followUp))));
            items.sort(Comparator.comparing((FollowUpItem item) -> item.followUp().dueOn())
                                 .thenComparing(item -> item.followUp().followUpId()));
            return items;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The leads owing a gate's data, of one owner when not null, the furthest stage first; a page, and per gate. */
    DataToComplete dataToComplete(String owner, LeadScope scope, int page, int size) {
        lock.readLock().lock();
        try {
            BitSet leads = new BitSet();
            for (Stage stage : Stage.values()) {
                leads.or(facets.getOrDefault(new Facet(DATA_TO_COMPLETE, stage), new BitSet()));
            }
            restrictTo(leads, scope);
            if (owner != null) {
                leads.and(facets.getOrDefault(new Facet("owner", owner), new BitSet()));
            }
            Map<Stage, Long> perGate = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                BitSet gate = (BitSet) facets.getOrDefault(new Facet(DATA_TO_COMPLETE, stage), new BitSet()).clone();
                gate.and(leads);
                if (!gate.isEmpty()) {
                    perGate.put(stage, (long) gate.cardinality());
                }
            }
            List<LeadSummary> shown = leads.stream().mapToObj(rows::get)
                    .sorted(Comparator.comparing(LeadSummary::stage).reversed()
                                      .thenComparing(LeadSummary::leadId))
                    .skip((long) page * size).limit(size).toList();
            return new DataToComplete(perGate, leads.cardinality(), shown);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Per ambassador or partner, what became of the leads they introduced. */
    List<AmbassadorScorecard> scorecards() {
        lock.readLock().lock();
        try {
            Map<String, ScorecardTally> tallies = new TreeMap<>();
            facets.forEach((facet, leads) -> {
                if (facet.field().equals("ambassador")) {
                    ScorecardTally tally = tallies.computeIfAbsent((String) facet.value(), ScorecardTally::new);
                    leads.stream().forEach(ordinal -> tally.add(rows.get(ordinal)));
                }
            });
            return tallies.values().stream().filter(tally -> tally.leads > 0).map(ScorecardTally::scorecard)
                          .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private BitSet candidates(LeadFilter filter, LeadScope scope) {
        BitSet candidates = (BitSet) present.clone();
        restrictTo(candidates, scope);
        restrict(candidates, "market", filter.markets());
        restrict(candidates, "stage", filter.stages());
        restrict(candidates, "channel", filter.channels());
        restrict(candidates, "industry", filter.industries());
        restrict(candidates, "owner", filter.owners());
        restrict(candidates, "ambassador", filter.ambassadors());
        restrict(candidates, "zone", filter.zones());
        restrict(candidates, "status", filter.statuses());
        if (filter.fortune500() != null) {
            restrict(candidates, "fortune500", List.of(filter.fortune500()));
        }
        if (filter.text() != null) {
            names.restrict(candidates, filter.text());
        }
        return candidates;
    }

    private void restrictTo(BitSet leads, LeadScope scope) {
        if (scope == null) {
            return;
        }
        BitSet visible = new BitSet();
        if (scope.ambassadorId() != null) {
            visible.or(facets.getOrDefault(new Facet("ambassador", scope.ambassadorId()), new BitSet()));
        }
        visible.or(facets.getOrDefault(new Facet("member", scope.member()), new BitSet()));
        leads.and(visible);
    }

    private void restrict(BitSet candidates, String field, Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        BitSet any = new BitSet();
        for (Object value : values) {
            BitSet leads = facets.get(new Facet(field, value));
            if (leads != null) {
                any.or(leads);
            }
        }
        candidates.and(any);
    }

    /** The tests no bit set (nor the name index) answers, or null when the filter has none. */
    private IntPredicate rest(LeadFilter filter) {
        List<IntPredicate> tests = new ArrayList<>();
        if (filter.identifiedFrom() != null || filter.identifiedTo() != null) {
            tests.add(ordinal -> within(rows.get(ordinal).identifiedOn(), filter.identifiedFrom(),
                                        filter.identifiedTo()));
        }
        if (filter.lastContactFrom() != null || filter.lastContactTo() != null) {
            tests.add(ordinal -> within(rows.get(ordinal).lastContactOn(), filter.lastContactFrom(),
                                        filter.lastContactTo()));
        }
        if (filter.staleSince() != null) {
            tests.add(ordinal -> {
                LeadSummary row = rows.get(ordinal);
                LocalDate last = row.lastContactOn() != null ? row.lastContactOn() : row.identifiedOn();
                return last.isBefore(filter.staleSince());
            });
        }
        return tests.stream().reduce(IntPredicate::and).orElse(null);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private void add(int ordinal, LeadSummary row) {
        rows.set(ordinal, row);
        companyKeys.set(ordinal, collator.getCollationKey(companyName(row)));
        present.set(ordinal);
        facetsOf(row).forEach(facet -> facets.computeIfAbsent(facet, any -> new BitSet()).set(ordinal));
        orders.values().forEach(order -> order.add(ordinal, row));
        byStageAndInvestment.get(row.stage()).add(ordinal, row);
        if (ordinal >= amountsYuan.length) {
            amountsYuan = Arrays.copyOf(amountsYuan, Math.max(ordinal + 1, amountsYuan.length * 2));
        }
        amountsYuan[ordinal] = Yuan.of(row.plannedInvestmentCnyWan());
    }

    private void remove(int ordinal) {
        LeadSummary old = rows.get(ordinal);
        orders.values().forEach(order -> order.remove(ordinal, old));
        byStageAndInvestment.get(old.stage()).remove(ordinal, old);
        facetsOf(old).forEach(facet -> facets.get(facet).clear(ordinal));
    }

    private static Stream<Facet> facetsOf(LeadSummary row) {
        Stream<Facet> assignees = row.openFollowUps().stream().map(followUp -> new Facet("assignee",
                                                                                         followUp.assignee()));
        Stream<Facet> members = row.team().stream().map(member -> new Facet("member", member));
        Stream<Facet> gates = row.dataToComplete().stream().map(gate -> new Facet(DATA_TO_COMPLETE, gate.stage()));
        return Stream.concat(Stream.concat(Stream.concat(assignees, members), gates), Stream.of(new Facet("market", row.market()), new Facet("stage", row.stage()),
                         new Facet("channel", row.channel()), new Facet("industry", row.industry()),
                         new Facet("owner", row.owner()), new Facet("ambassador", row.introducedBy()),
                         new Facet("zone", row.targetZone()), new Facet("status", row.status()),
                         new Facet("fortune500", row.fortune500())))
                     .filter(facet -> facet.value() != null);
    }

    private static String companyName(LeadSummary row) {
        return row.companyNameEn() != null ? row.companyNameEn() : row.companyNameZh();
    }

    private record Facet(String field, Object value) {
    }

    /** Leads with a value of the sort key in its order, then those without it. */
    private static final class SortedLeads {

        private final Function<LeadSummary, ?> key;
        private final Comparator<Integer> order;
        private final Comparator<Integer> byId;
        private final TreeSet<Integer> withValue;
        private final TreeSet<Integer> withoutValue;

        SortedLeads(Function<LeadSummary, ?> key, Comparator<Integer> order, Comparator<Integer> byId) {
            this.key = key;
            this.order = order;
            this.byId = byId;
            this.withValue = new TreeSet<>(order);
            this.withoutValue = new TreeSet<>(byId);
        }

        void add(int ordinal, LeadSummary row) {
            (key.apply(row) == null ? withoutValue : withValue).add(ordinal);
        }

        void remove(int ordinal, LeadSummary row) {
            (key.apply(row) == null ? withoutValue : withValue).remove(ordinal);
        }

        void clear() {
            withValue.clear();
            withoutValue.clear();
        }

        /**
         * The page of the matching leads in this order. Walking the order visits about (skip + size) * leads / total
         * leads before the page is full; when the matches are few, sorting them is cheaper, and its cost then does
         * not grow with the number of leads.
         */
        List<Integer> page(BitSet matches, int total, boolean descending, long skip, int size, int leads,
                           IntFunction<LeadSummary> rows) {
            if (total == 0 || skip >= total) {
                return List.of();
            }
            double walk = Math.min(leads, (double) (skip + size) * leads / total);
            double sort = total * (1 + 32 - Integer.numberOfLeadingZeros(total));
            List<Integer> page = new ArrayList<>(size);
            if (sort < walk) {
                List<Integer> valued = new ArrayList<>();
                List<Integer> unvalued = new ArrayList<>();
                matches.stream().forEach(ordinal -> (key.apply(rows.apply(ordinal)) == null ? unvalued : valued)
                        .add(ordinal));
                valued.sort(descending ? order.reversed() : order);
                unvalued.sort(byId);
                Stream.concat(valued.stream(), unvalued.stream()).skip(skip).limit(size).forEach(page::add);
                return page;
            }
            Iterator<Integer> walking = iterator(descending);
            long toSkip = skip;
            while (walking.hasNext() && page.size() < size) {
                int ordinal = walking.next();
                if (matches.get(ordinal) && toSkip-- <= 0) {
                    page.add(ordinal);
                }
            }
            return page;
        }

        Iterator<Integer> iterator(boolean descending) {
            Iterator<Integer> valued = descending ? withValue.descendingIterator() : withValue.iterator();
            Iterator<Integer> unvalued = withoutValue.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return valued.hasNext() || unvalued.hasNext();
                }

                @Override
                public Integer next() {
                    return valued.hasNext() ? valued.next() : unvalued.next();
                }
            };
        }
    }
}
