package org.zhaoshang.crm.conversion.api;

/**
 * Which facts count when looking back to a past day. A visit on 3 March logged on 10 March is known "now" for 3 March,
 * but was not known "then" (on 5 March).
 */
public enum Knowledge {
    /** facts that had happened by the day, whenever they were recorded */
    AS_KNOWN_NOW,
    /** facts that had been recorded by the day */
    AS_KNOWN_THEN
}
