package org.zhaoshang.crm.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GapAwareTrackingTest {

    private static final long NOW = 1_000_000;
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final long FRESH = NOW - 1_000;
    private static final long STALE = NOW - 11_000;

    private final GapAwareTracking tracking = new GapAwareTracking(
            1_000, GAP_TIMEOUT, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

    @Test
    void startsBeforeTheFirstIndexWhenThereIsNoToken() {
        assertThat(tracking.start(null)).isEqualTo(GapAwareTrackingToken.newInstance(-1, Set.of()));
    }

    @Test
    void refusesTokensOfAnotherKind() {
        assertThatThrownBy(() -> tracking.start(new GlobalSequenceTrackingToken(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GapAwareTrackingToken");
    }

    @Test
    void readsGapsTheIndexAboveEachRunOfGapsAndTheWindow() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of(2L, 3L, 7L));

        assertThat(tracking.indexesToRead(token, 11, 3)).containsExactly(2L, 3L, 4L, 7L, 8L, 11L, 12L, 13L);
    }

    @Test
    void deliversInIndexOrderAndRemembersInvisibleIndexesAsGaps() {
        List<GapAwareTracking.Advance> advances = tracking.advance(tracking.start(null), found(0, FRESH, 3, FRESH));

        assertThat(advances).extracting(GapAwareTracking.Advance::index).containsExactly(0L, 3L);
        assertThat(advances.get(1).token()).isEqualTo(GapAwareTrackingToken.newInstance(3, Set.of(1L, 2L)));
    }

    @Test
    void deliversAGapWhenItAppearsAndForgetsIt() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(3, Set.of(1L, 2L));

        List<GapAwareTracking.Advance> advances = tracking.advance(token, found(2, FRESH, 3, FRESH, 4, FRESH));

        assertThat(advances).extracting(GapAwareTracking.Advance::index).containsExactly(2L, 4L);
        assertThat(advances.get(1).token()).isEqualTo(GapAwareTrackingToken.newInstance(4, Set.of(1L)));
    }

    @Test
    void neverDeliversAnIndexTwice() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(5, Set.of(2L));

        assertThat(tracking.advance(token, found(3, FRESH, 4, FRESH, 5, FRESH))).isEmpty();
    }

    @Test
    void keepsAGapWhileTheEventAboveItIsYoungerThanTheTimeout() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(5, Set.of(2L));

        List<GapAwareTracking.Advance> advances = tracking.advance(token, found(3, FRESH, 6, FRESH));

        assertThat(advances.get(0).token().getGaps()).containsExactly(2L);
    }

    @Test
    void givesUpAGapOnceTheEventAboveItIsOlderThanTheTimeout() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(5, Set.of(2L));

        List<GapAwareTracking.Advance> advances = tracking.advance(token, found(3, STALE, 6, FRESH));

        assertThat(advances.get(0).token()).isEqualTo(GapAwareTrackingToken.newInstance(6, Set.of()));
    }

    @Test
    void givesUpGapsOnlyUpToTheLastTimedOutRun() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(9, Set.of(1L, 2L, 5L, 7L));

        List<GapAwareTracking.Advance> advances =
                tracking.advance(token, found(3, STALE, 6, FRESH, 8, STALE, 10, FRESH));

        assertThat(advances.get(0).token().getGaps())
                .as("8 is stale but 6 is not: only gaps below the last stale probe whose runs are all stale go")
                .containsExactly(5L, 7L);
    }

    @Test
    void givesUpAGapWhoseIndexAboveWasItselfGivenUp() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(9, Set.of(2L));

        List<GapAwareTracking.Advance> advances = tracking.advance(token, found(10, FRESH));

        assertThat(advances.get(0).token().getGaps()).isEmpty();
    }

    @Test
    void deliversALateGapEvenWhenItsRunHasTimedOut() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(5, Set.of(1L, 2L));

        List<GapAwareTracking.Advance> advances = tracking.advance(token, found(2, FRESH, 3, STALE));

        assertThat(advances).extracting(GapAwareTracking.Advance::index).containsExactly(2L);
        assertThat(advances.get(0).token()).isEqualTo(GapAwareTrackingToken.newInstance(5, Set.of()));
    }

    @Test
    void leavesNoGapsBelowAnEventStoredLongerAgoThanTheTimeout() {
        List<GapAwareTracking.Advance> advances = tracking.advance(tracking.start(null), found(4, STALE));

        assertThat(advances.get(0).token()).isEqualTo(GapAwareTrackingToken.newInstance(4, Set.of()));
    }

    @Test
    void forgetsGapsFurtherBehindThanTheMaximumOffset() {
        GapAwareTracking narrow = new GapAwareTracking(
                3, GAP_TIMEOUT, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

        List<GapAwareTracking.Advance> advances = narrow.advance(narrow.start(null), found(6, FRESH));

        assertThat(advances.get(0).token().getGaps()).containsExactly(3L, 4L, 5L);
    }

    @Test
    void rejectsNonsenseSettings() {
        Clock clock = Clock.systemUTC();
        assertThatThrownBy(() -> new GapAwareTracking(0, GAP_TIMEOUT, clock))
                .hasMessageContaining("maxGapOffset");
        assertThatThrownBy(() -> new GapAwareTracking(10, Duration.ofSeconds(-1), clock))
                .hasMessageContaining("gapTimeout");
    }

    private static SortedMap<Long, Long> found(long... indexAndStoredAt) {
        SortedMap<Long, Long> found = new TreeMap<>();
        for (int i = 0; i < indexAndStoredAt.length; i += 2) {
            found.put(indexAndStoredAt[i], indexAndStoredAt[i + 1]);
        }
        return found;
    }
}
