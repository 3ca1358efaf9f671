package org.zhaoshang.crm.supervision.api;

/** How far an open problem is past its due day: none, yellow card (黄牌), red card (红牌). */
public enum Escalation {
    NONE, YELLOW, RED
}
