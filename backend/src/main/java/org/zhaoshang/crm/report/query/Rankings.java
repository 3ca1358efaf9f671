package org.zhaoshang.crm.report.query;

import org.zhaoshang.crm.report.api.Circular.Rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Places in a ranking: the best first, equals sharing a place and the next place skipped (1, 1, 3). */
final class Rankings {

    /** Signings, then investment: the owners' and ambassadors' order. */
    static final Comparator<Rank> BY_SIGNINGS =
            Comparator.comparingLong(Rank::count).reversed()
                      .thenComparing(Rank::amountWan, Comparator.nullsLast(Comparator.reverseOrder()));
    /** The share resolved by the due day, then how many: the departments' order. */
    static final Comparator<Rank> BY_SHARE =
            Comparator.comparing(Rank::share, Comparator.nullsLast(Comparator.reverseOrder()))
                      .thenComparing(Comparator.comparingLong(Rank::count).reversed());

    private Rankings() {
    }

    /** A place not yet given, with its share of {@code count / of}. */
    static Rank unplaced(String key, String name, long count, long of, BigDecimal amountWan) {
        return new Rank(0, key, name, count, of, amountWan, share(count, of));
    }

    /** The entries in order (equals by their key), each with its place. */
    static List<Rank> placed(List<Rank> entries, Comparator<Rank> order) {
        List<Rank> sorted = new ArrayList<>(entries);
        sorted.sort(order.thenComparing(Rank::key));
        List<Rank> placed = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Rank rank = sorted.get(i);
            int place = i > 0 && order.compare(sorted.get(i - 1), rank) == 0 ? placed.get(i - 1).place() : i + 1;
            placed.add(new Rank(place, rank.key(), rank.name(), rank.count(), rank.of(), rank.amountWan(),
                                rank.share()));
        }
        return List.copyOf(placed);
    }

    private static BigDecimal share(long count, long of) {
        return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }

    static boolean hasKey(Rank rank) {
        return rank.key() != null && !Objects.equals(rank.key(), "");
    }
}
