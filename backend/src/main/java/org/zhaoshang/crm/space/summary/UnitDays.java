package org.zhaoshang.crm.space.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's area and the days it was let and reserved.
 *
 * @param lets         each let: its first day and the day vacated (null while let)
 * @param reservations each reservation: the day recorded and its last day
 */
record UnitDays(BigDecimal areaM2, List<Period> lets, List<Period> reservations) {

    /** From {@code first}; {@code end} is the first day after it (null: open). */
    record Period(LocalDate first, LocalDate end) {

        boolean covers(LocalDate day) {
            return !day.isBefore(first) && (end == null || day.isBefore(end));
        }
    }

    boolean letOn(LocalDate day) {
        return anyCovers(lets, day);
    }

    boolean reservedOn(LocalDate day) {
        return anyCovers(reservations, day);
    }

    /** A loop, not a stream: the summary asks this of every unit at 25 days. */
    private static boolean anyCovers(List<Period> periods, LocalDate day) {
        for (Period period : periods) {
            if (period.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a unit's events in order. */
    static final class Builder {

        private final List<Period> lets = new ArrayList<>();
        private final List<Period> reservations = new ArrayList<>();
        private Period openLet;
        private Period openReservation;

        void reserved(LocalDate on, LocalDate until) {
            endReservation(on);
            openReservation = new Period(on, until == null ? null : until.plusDays(1));
        }

        void reservationEnded(LocalDate on) {
            endReservation(on);
        }

        /** A let ends the reservation for its lead on the day it was recorded. */
        void let(LocalDate from, LocalDate on) {
            endReservation(on);
            openLet = new Period(from, null);
        }

        void vacated(LocalDate vacatedOn) {
            if (openLet != null) {
                lets.add(new Period(openLet.first(), vacatedOn));
                openLet = null;
            }
        }

        private void endReservation(LocalDate on) {
            if (openReservation != null) {
                LocalDate last = openReservation.end();
                LocalDate end = last == null || on.isBefore(last) ? on : last;
                reservations.add(new Period(openReservation.first(), end));
                openReservation = null;
            }
        }

        UnitDays build(BigDecimal areaM2) {
            List<Period> allLets = new ArrayList<>(lets);
            if (openLet != null) {
                allLets.add(openLet);
            }
            List<Period> allReservations = new ArrayList<>(reservations);
            if (openReservation != null) {
                allReservations.add(openReservation);
            }
            return new UnitDays(areaM2, List.copyOf(allLets), List.copyOf(allReservations));
        }
    }
}
