package org.zhaoshang.crm.conversion.api;

/** A figure of conversion history, for drilling into the leads behind it. */
public enum Measure {
    /** leads that reached a stage for the first time in the period (item: the stage) */
    ENTERED,
    /** of those, the leads that went on to reach the next stage (item: the stage) */
    ADVANCED,
    /** stays in a stage that began in the period and have ended (item: the stage) */
    STAY,
    /** leads lost in the period (item: the reason) */
    LOST_REASON,
    /** leads lost in the period to a competing location (item: the location) */
    LOST_TO,
    /** leads put on hold in the period */
    HELD,
    /** of those, the leads reopened afterwards */
    REVIVED,
    /** leads identified in the period that have reached a stage by now (item: the stage) */
    COHORT_REACHED,
    /** leads that reached SIGNED in the period */
    SIGNED,
    /**
     * of the leads that entered a stage in the period, those an import placed there without the stage gate's data
     * (item: the stage)
     */
    ENTERED_AS_RECORDED
}
