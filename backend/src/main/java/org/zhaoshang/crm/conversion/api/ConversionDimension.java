package org.zhaoshang.crm.conversion.api;

/** How conversion history is sliced: one row per value. MARKET adds a JAPAN_KOREA row (Japan and Korea together). */
public enum ConversionDimension {
    ALL,
    MARKET,
    CHANNEL,
    INDUSTRY,
    AMBASSADOR,
    OWNER
}
