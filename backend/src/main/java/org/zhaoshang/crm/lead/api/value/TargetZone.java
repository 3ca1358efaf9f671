package org.zhaoshang.crm.lead.api.value;

/** Where a project is meant to land (载体). */
public enum TargetZone {
    /** 济南国际金融城产业金融集聚区 */
    FINANCIAL_CITY_CLUSTER,
    /** 明府城片区 */
    MINGFU_OLD_CITY,
    /** 山大路科技走廊 */
    SHANDA_ROAD_TECH_AXIS,
    /** 明湖细胞产业园 */
    MINGHU_CELL_PARK,
    OTHER
}
