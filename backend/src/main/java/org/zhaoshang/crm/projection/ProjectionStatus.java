package org.zhaoshang.crm.projection;

/**
 * Where a projection stands in the event log.
 *
 * @param position        the global index of the last event it processed (-1 before the first, and while a segment
 *                        is not claimed, e.g. after a failure until its retry)
 * @param head            the global index of the newest event in the log
 * @param eventsPerSecond during a rebuild, events processed per second since it began; otherwise 0
 * @param etaSeconds      during a rebuild, the seconds it should still take at that rate; otherwise 0
 * @param error           what stopped it, when it is in error
 */
public record ProjectionStatus(String projection, boolean running, boolean rebuilding, long position, long head,
                               long eventsPerSecond, long etaSeconds, String error) {

    public boolean caughtUp() {
        return !rebuilding && position >= head;
    }
}
