package org.zhaoshang.crm.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The token arithmetic of tracking reads over a global index that writers reserve before they insert.
 * <p>
 * A reserved index that is not yet visible is a gap: the token remembers it, later reads ask for it again, and when
 * it appears it is delivered (late, but once). A gap is given up when an event stored after it (at a higher index,
 * hence reserved later) was stored longer than the gap timeout ago: the writer that reserved the gap has stalled for
 * at least that long, or died. Every read is an exact-key lookup of the indexes this class names.
 */
public final class GapAwareTracking {

    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;

    public GapAwareTracking(int maxGapOffset, Duration gapTimeout, Clock clock) {
        if (maxGapOffset < 1) {
            throw new IllegalArgumentException("maxGapOffset must be at least 1, was " + maxGapOffset);
        }
        if (gapTimeout.isNegative()) {
            throw new IllegalArgumentException("gapTimeout must not be negative, was " + gapTimeout);
        }
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    public static GapAwareTrackingToken tail() {
        return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
    }

    public GapAwareTrackingToken start(TrackingToken lastToken) {
        if (lastToken == null) {
            return tail();
        }
        if (!(lastToken instanceof GapAwareTrackingToken token)) {
            throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + lastToken.getClass().getName());
        }
        return token;
    }

    /**
     * The indexes to read for the next batch: the open gaps, for each run of consecutive gaps the index just above
     * it (whose storage time decides whether the run has timed out), and {@code windowSize} indexes from
     * {@code windowStart}.
     */
    public SortedSet<Long> indexesToRead(GapAwareTrackingToken token, long windowStart, int windowSize) {
        SortedSet<Long> indexes = new TreeSet<>(token.getGaps());
        for (long gap : token.getGaps()) {
            if (!token.getGaps().contains(gap + 1)) {
                indexes.add(gap + 1);
            }
        }
        for (long index = windowStart; index < windowStart + windowSize; index++) {
            indexes.add(index);
        }
        return indexes;
    }

    /**
     * Gives up timed-out gaps, then advances the token over every event found that it has not seen, in index order.
     *
     * @param storedAtByIndex the storage time (epoch millis) of every event found among {@link #indexesToRead}
     * @return one entry per event to deliver, each with the token that includes it
     */
    public List<Advance> advance(GapAwareTrackingToken token, SortedMap<Long, Long> storedAtByIndex) {
        long timedOutBefore = clock.millis() - gapTimeout.toMillis();
        GapAwareTrackingToken current = withoutTimedOutGaps(token, storedAtByIndex, timedOutBefore);
        List<Advance> advances = new ArrayList<>();
        for (var found : storedAtByIndex.entrySet()) {
            long index = found.getKey();
            if (index <= current.getIndex() && !current.getGaps().contains(index)) {
                continue;
            }
            boolean mayLeaveGaps = found.getValue() >= timedOutBefore;
            current = current.advanceTo(index, mayLeaveGaps ? maxGapOffset : 0);
            advances.add(new Advance(index, current));
        }
        return advances;
    }

    private static GapAwareTrackingToken withoutTimedOutGaps(GapAwareTrackingToken token,
                                                             SortedMap<Long, Long> storedAtByIndex,
                                                             long timedOutBefore) {
        SortedSet<Long> gaps = token.getGaps();
        long keepFrom = Long.MIN_VALUE;
        for (long gap : gaps) {
            long above = gap + 1;
            if (gaps.contains(above)) {
                continue;
            }
            Long storedAt = storedAtByIndex.get(above);
            // Missing above a run: that index was itself given up earlier, so something older stands above it too.
            if (storedAt != null && storedAt >= timedOutBefore) {
                break;
            }
            keepFrom = above;
        }
        if (keepFrom == Long.MIN_VALUE) {
            return token;
        }
        SortedSet<Long> kept = new TreeSet<>();
        for (long gap : gaps) {
            if (gap >= keepFrom || storedAtByIndex.containsKey(gap)) {
                kept.add(gap);
            }
        }
        return GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    /** An event to deliver and the token that includes it. */
    public record Advance(long index, GapAwareTrackingToken token) {
    }
}
