package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A progress fact with the days that date it: when it happened ({@code day}, or the tax {@code year}), when it was
 * recorded, and when it was verified or returned (null while neither).
 */
record TrackedFact(String progressId, ProgressKind kind, Milestone milestone, LocalDate day, BigDecimal amountWan,
                   Integer year, LocalDate recordedOn, LocalDate verifiedOn, LocalDate returnedOn) {

    TrackedFact verified(LocalDate on) {
        return new TrackedFact(progressId, kind, milestone, day, amountWan, year, recordedOn, on, null);
    }

    TrackedFact returned(LocalDate on) {
        return new TrackedFact(progressId, kind, milestone, day, amountWan, year, recordedOn, null, on);
    }

    /** Verified, and under {@code knownThen} verified by the day: it counts in the rates at that day. */
    boolean countsAt(LocalDate asOf, boolean knownThen) {
        return verifiedOn != null && (!knownThen || !verifiedOn.isAfter(asOf));
    }

    /** Reported (verified or waiting, not returned) at the day. */
    boolean reportedAt(LocalDate asOf, boolean knownThen) {
        if (knownThen && recordedOn.isAfter(asOf)) {
            return false;
        }
        return returnedOn == null || knownThen && returnedOn.isAfter(asOf);
    }

    /** Happened on or before the day (a fact without a day, tax, always). */
    boolean happenedBy(LocalDate asOf) {
        return day == null || !day.isAfter(asOf);
    }
}
