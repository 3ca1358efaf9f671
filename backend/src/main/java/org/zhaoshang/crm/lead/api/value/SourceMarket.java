package org.zhaoshang.crm.lead.api.value;

/** Where a lead comes from; reports break down by these. */
public enum SourceMarket {
    LONDON,
    HONG_KONG,
    JAPAN,
    KOREA,
    BEIJING,
    OTHER
}
