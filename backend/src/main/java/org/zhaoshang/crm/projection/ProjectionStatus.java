package org.zhaoshang.crm.projection;

/**
 * Where a projection stands in the event log.
 *
 * @param position        the global index of the last event it processed in the segments this node holds (-1
 *                        before the first, and while it holds none, e.g. after a failure until its retry)
 * @param head            the global index of the newest event in the log
 * @param eventsPerSecond during a rebuild, events processed per second since it began; otherwise 0
 * @param etaSeconds      during a rebuild, the seconds it should still take at that rate; otherwise 0
 * @param error           what stopped it, when it is in error
 * @param segmentsHeld    the segments of its work this node holds (with several nodes, the others hold the rest)
 * @param segments        the segments its work is split into
 */
public record ProjectionStatus(String projection, boolean running, boolean rebuilding, long position, long head,
                               long eventsPerSecond, long etaSeconds, String error, int segmentsHeld,
                               int segments) {

    public boolean caughtUp() {
        return !rebuilding && position >= head;
    }
}
