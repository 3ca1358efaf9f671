package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.query.LeadSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The leads' names for the text search: each lead's {@link NameSearch#key} and, per gram, the leads whose key has it,
 * so that a query tests only the leads that hold all its grams. Keys and grams are computed when a lead's names
 * change, never per query. Not thread-safe: the lead list's lock guards it.
 */
final class NameIndex {

    private final List<String> keys = new ArrayList<>();
    private final Map<Long, Postings> postings = new HashMap<>();

    /** Indexes the lead's names unless they are those of the row it replaces. */
    void put(int ordinal, LeadSummary old, LeadSummary row) {
        while (keys.size() <= ordinal) {
            keys.add(null);
        }
        if (old != null && names(old).equals(names(row))) {
            return;
        }
        String previous = keys.get(ordinal);
        String key = NameSearch.key(names(row));
        if (key.equals(previous)) {
            return;
        }
        if (previous != null) {
            forEachGram(previous, gram -> {
                Postings leads = postings.get(gram);
                leads.remove(ordinal);
                if (leads.isEmpty()) {
                    postings.remove(gram);
                }
            });
        }
        keys.set(ordinal, key);
        forEachGram(key, gram -> postings.computeIfAbsent(gram, any -> new Postings()).add(ordinal, keys.size()));
    }

    void clear() {
        keys.clear();
        postings.clear();
    }

    /** Keeps of the candidates the leads whose names match the typed text. */
    void restrict(BitSet candidates, String typed) {
        NameSearch.Query query = NameSearch.query(typed);
        BitSet byText = (BitSet) candidates.clone();
        restrictToGrams(byText, NameSearch.queryGrams(query.text(), false));
        if (query.text().length() > 2) {
            // grams of one or two characters are the text itself; longer texts may hold the grams apart
            keepMatching(byText, query);
        }
        if (query.letters() != null) {
            BitSet bySpelling = (BitSet) candidates.clone();
            bySpelling.andNot(byText);
            restrictToGrams(bySpelling, NameSearch.queryGrams(query.letters(), true));
            keepMatching(bySpelling, query);
            byText.or(bySpelling);
        }
        candidates.and(byText);
    }

    private void restrictToGrams(BitSet leads, long[] grams) {
        List<Postings> lists = new ArrayList<>();
        for (long gram : grams) {
            Postings list = postings.get(gram);
            if (list == null) {
                leads.clear();
                return;
            }
            lists.add(list);
        }
        lists.sort(Comparator.comparingInt(Postings::size));
        for (Postings list : lists) {
            if (leads.isEmpty()) {
                return;
            }
            list.retainIn(leads);
        }
    }

    private void keepMatching(BitSet leads, NameSearch.Query query) {
        for (int ordinal = leads.nextSetBit(0); ordinal >= 0; ordinal = leads.nextSetBit(ordinal + 1)) {
            if (!NameSearch.matches(keys.get(ordinal), query)) {
                leads.clear(ordinal);
            }
        }
    }

    private static void forEachGram(String key, LongConsumer action) {
        LongCollector collector = new LongCollector();
        NameSearch.grams(key, collector);
        Arrays.stream(collector.distinct()).forEach(action);
    }

    private static List<String> names(LeadSummary row) {
        List<String> names = new ArrayList<>();
        names.add(row.companyNameEn());
        names.add(row.companyNameZh());
        names.addAll(row.contactNames());
        return names;
    }

    private static final class LongCollector implements LongConsumer {

        private long[] values = new long[64];
        private int size;

        @Override
        public void accept(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] distinct() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return Arrays.stream(sorted).distinct().toArray();
        }
    }

    /**
     * The leads holding one gram: a sorted array of ordinals while few hold it, a bit set once the array would take
     * more memory than the bit set (a letter or a pair of letters most names have).
     */
    static final class Postings {

        private int[] ordinals = new int[2];
        private int size;
        private BitSet dense;

        void add(int ordinal, int leads) {
            if (dense != null) {
                dense.set(ordinal);
                return;
            }
            int at = size > 0 && ordinals[size - 1] < ordinal ? size : Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0 && at < size) {
                return;
            }
            int insertAt = at >= 0 ? at : -at - 1;
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            System.arraycopy(ordinals, insertAt, ordinals, insertAt + 1, size - insertAt);
            ordinals[insertAt] = ordinal;
            size++;
            if (size >= 64 && size * 32L > leads) {
                dense = new BitSet(leads);
                for (int index = 0; index < size; index++) {
                    dense.set(ordinals[index]);
                }
                ordinals = null;
            }
        }

        void remove(int ordinal) {
            if (dense != null) {
                dense.clear(ordinal);
                return;
            }
            int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                System.arraycopy(ordinals, at + 1, ordinals, at, size - at - 1);
                size--;
            }
        }

        boolean isEmpty() {
            return dense != null ? dense.isEmpty() : size == 0;
        }

        /** How many leads hold the gram, or more for a bit set (it is and-ed in time proportional to all leads). */
        int size() {
            return dense != null ? Integer.MAX_VALUE : size;
        }

        void retainIn(BitSet leads) {
            if (dense != null) {
                leads.and(dense);
                return;
            }
            BitSet kept = new BitSet();
            for (int index = 0; index < size; index++) {
                if (leads.get(ordinals[index])) {
                    kept.set(ordinals[index]);
                }
            }
            leads.clear();
            leads.or(kept);
        }
    }
}
