package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.importing.values.Words;

import java.util.List;

import static java.util.Map.entry;

/** What a column of a building sheet holds, recognised from its header in Chinese or English. */
public enum BuildingColumn {
    NAME_ZH, NAME_EN, KIND, ZONE, ADDRESS, OPERATOR, FLOORS_ABOVE, FLOORS_BELOW, TOTAL_AREA, COMMERCIAL_AREA, THEMES,
    FLOOR, UNIT_NUMBER, POSITION, UNIT_AREA, STATUS, ASKING_RENT, TENANT, LET_FROM,
    YEAR, MONTH, TAX;

    static final Words<BuildingColumn> HEADERS = Words.of(
            entry(NAME_ZH, List.of("楼宇名称", "楼宇", "载体名称", "载体", "楼宇中文名", "中文名称", "中文名", "名称",
                                   "楼宇园区", "building", "building name", "building name zh", "name")),
            entry(NAME_EN, List.of("英文名称", "英文名", "楼宇英文名", "english name", "building name en",
                                   "name en", "building english", "building en", "building name english")),
            entry(KIND, List.of("类型", "载体类型", "楼宇类型", "kind", "type")),
            entry(ZONE, List.of("片区", "所属片区", "所在片区", "区域", "zone")),
            entry(ADDRESS, List.of("地址", "楼宇地址", "address")),
            entry(OPERATOR, List.of("产权方", "运营方", "业主", "产权单位", "运营单位", "operator", "owner")),
            entry(FLOORS_ABOVE, List.of("地上层数", "层数", "楼层数", "总层数", "floors", "floors above ground")),
            entry(FLOORS_BELOW, List.of("地下层数", "floors below ground", "basement floors")),
            entry(TOTAL_AREA, List.of("总建筑面积", "建筑面积", "总面积", "total area", "gross floor area")),
            entry(COMMERCIAL_AREA, List.of("商务面积", "商业面积", "可租面积", "可招商面积", "commercial area",
                                           "lettable area")),
            entry(THEMES, List.of("主题", "主题产业", "特色", "themes", "theme")),
            entry(FLOOR, List.of("楼层", "所在楼层", "floor")),
            entry(UNIT_NUMBER, List.of("单元号", "单元", "房号", "房间号", "门牌号", "unit", "unit number", "room")),
            entry(POSITION, List.of("位置", "位置序号", "position")),
            entry(UNIT_AREA, List.of("面积", "单元面积", "房间面积", "使用面积", "area", "unit area")),
            entry(STATUS, List.of("状态", "租赁状态", "出租状态", "status")),
            entry(ASKING_RENT, List.of("报价", "租金报价", "挂牌租金", "租金", "asking rent", "rent")),
            entry(TENANT, List.of("租户", "租户名称", "承租方", "入驻企业", "tenant", "tenant name")),
            entry(LET_FROM, List.of("起租日", "起租日期", "入驻日期", "租赁起始日", "let from", "move in date",
                                    "moved in")),
            entry(YEAR, List.of("年度", "年份", "年", "year")),
            entry(MONTH, List.of("月份", "月", "month")),
            entry(TAX, List.of("税收", "税收万元", "纳税额", "税额", "税收金额", "全口径税收", "tax", "tax paid",
                               "tax wan", "tax 万元", "tax 10k yuan")));
}
