package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One of the demo's made-up buildings and parks: its names, zone, themes, building manager and the tier its tax puts
 * it in the running year ({@link #ALL}: 38 亿元楼 of which 3 月亿楼, then 准亿元楼, 千万楼 and smaller ones).
 *
 * @param watched its running year's tax is near the next tier (the watch list)
 */
record DemoBuilding(int number, String nameZh, String nameEn, TargetZone zone, BuildingKind kind,
                    Set<Industry> themes, String manager, TaxTier tier, boolean watched) {

    /** The demo's building manager (楼长); security's UserBootstrap adds the user. */
    static final String BUILDING_MANAGER = "staff-zhou.min";
    /** The running year's 亿元楼 (月亿楼 among them) and 月亿楼, as the plan counts them. */
    static final int YI_BUILDINGS = 38;
    static final int MONTHLY_YI_BUILDINGS = 3;
    /** The finance tower with two adjacent vacant 1,500 m² units on its lowest floor of units (a bank's 3,000 m²). */
    static final int LONDON_SPACE_BUILDING = 0;
    static final int LAW_BUILDING = 20;
    static final int ACCOUNTING_BUILDING = 21;

    private static final String[][] FINANCIAL_CITY = {
            {"泉城金融中心", "Quancheng Financial Centre"}, {"历下国际金融大厦", "Lixia International Finance Tower"},
            {"龙奥财富广场", "Long'ao Fortune Plaza"}, {"汉峪资本大厦", "Hanyu Capital Tower"},
            {"奥体金融港", "Olympic Finance Harbour"}, {"舜耕金融中心", "Shungeng Financial Centre"},
            {"鲁商国际金融大厦", "Lushang International Finance Tower"}, {"齐鲁财富广场", "Qilu Fortune Plaza"},
            {"经十资本大厦", "Jingshi Capital Tower"}, {"燕山金融港", "Yanshan Finance Harbour"},
            {"环山商务中心", "Huanshan Business Centre"}, {"东环国际大厦", "Donghuan International Building"},
            {"华山广场", "Huashan Plaza"}, {"千佛山中心", "Qianfoshan Centre"},
            {"文化东路大厦", "Wenhua East Road Building"}, {"甸柳商务港", "Dianliu Business Harbour"},
            {"和平国际中心", "Heping International Centre"}, {"青年东路大厦", "Qingnian East Road Building"},
            {"姚家商务广场", "Yaojia Business Plaza"}, {"金融城总部港", "Financial City Headquarters Harbour"}};
    private static final String[][] MINGFU = {
            {"泉城律师大厦", "Quancheng Law Tower"}, {"历下会计师大厦", "Lixia Accountants' Tower"},
            {"明府商务中心", "Mingfu Business Centre"}, {"趵突泉大厦", "Baotu Spring Building"},
            {"珍珠泉商务楼", "Pearl Spring Office Building"}, {"芙蓉街文创大厦", "Furong Street Creative Building"},
            {"大明湖广场", "Daming Lake Plaza"}, {"泺源大厦", "Luoyuan Building"}, {"五龙潭中心", "Wulongtan Centre"},
            {"曲水亭商务楼", "Qushuiting Office Building"}, {"县西巷大厦", "Xianxi Lane Building"},
            {"泉城路中心", "Quancheng Road Centre"}};
    private static final String[][] SHANDA_ROAD = {
            {"山大路科技大厦", "Shanda Road Tech Tower"}, {"齐鲁软件大厦", "Qilu Software Tower"},
            {"数字港大厦", "Digital Harbour Tower"}, {"历山创新中心", "Lishan Innovation Centre"},
            {"洪楼科技广场", "Honglou Tech Plaza"}, {"科院路数据大厦", "Keyuan Road Data Tower"},
            {"山大南路创业大厦", "Shanda South Road Venture Building"}, {"花园路科技中心", "Huayuan Road Tech Centre"},
            {"解放路数码大厦", "Jiefang Road Digital Building"}, {"二环东路创新港", "East Second Ring Innovation Harbour"},
            {"山大路软件园", "Shanda Road Software Park"}, {"历下云计算中心", "Lixia Cloud Computing Centre"},
            {"和平路信息大厦", "Heping Road Information Tower"}, {"东关科技楼", "Dongguan Tech Building"}};
    private static final String[][] OTHER = {
            {"黑虎泉商务中心", "Heihu Spring Business Centre"}, {"千佛山医疗大厦", "Qianfoshan Medical Tower"},
            {"舜华路总部基地", "Shunhua Road Headquarters Base"}, {"燕子山商务楼", "Yanzishan Office Building"},
            {"经十路消费港", "Jingshi Road Consumer Harbour"}, {"窑头路大厦", "Yaotou Road Building"},
            {"东部商务中心", "Eastern Business Centre"}, {"旅游路时尚中心", "Lüyou Road Fashion Centre"}};
    private static final String[][] MINGHU = {
            {"明湖细胞产业园", "Minghu Cell Industry Park"}, {"明湖生命科学园", "Minghu Life Science Park"},
            {"明湖康养产业园", "Minghu Health Industry Park"}, {"明湖基因检测中心", "Minghu Genetic Testing Centre"},
            {"明湖生物医药港", "Minghu Biomedicine Harbour"}, {"明湖医疗器械园", "Minghu Medical Devices Park"}};
    /** The buildings whose 楼长 is {@link #BUILDING_MANAGER}. */
    private static final Set<Integer> MANAGED = Set.of(20, 22, 23, 24, 25, 32);

    static final List<DemoBuilding> ALL = all();

    String buildingId() {
        return UUID.nameUUIDFromBytes(("demo-building-" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static List<DemoBuilding> all() {
        List<DemoBuilding> buildings = new ArrayList<>();
        add(buildings, FINANCIAL_CITY, TargetZone.FINANCIAL_CITY_CLUSTER);
        add(buildings, MINGFU, TargetZone.MINGFU_OLD_CITY);
        add(buildings, SHANDA_ROAD, TargetZone.SHANDA_ROAD_TECH_AXIS);
        add(buildings, OTHER, TargetZone.OTHER);
        add(buildings, MINGHU, TargetZone.MINGHU_CELL_PARK);
        return List.copyOf(buildings);
    }

    private static void add(List<DemoBuilding> buildings, String[][] names, TargetZone zone) {
        for (String[] name : names) {
            int number = buildings.size();
            boolean park = name[0].endsWith("园");
            buildings.add(new DemoBuilding(number, name[0], name[1], zone, park ? BuildingKind.PARK
                                                                                 : BuildingKind.BUILDING,
                                           themes(number), MANAGED.contains(number) ? BUILDING_MANAGER : null,
                                           tier(number), Set.of(38, 39, 46, 47, 54).contains(number)));
        }
    }

    /** 0–2 月亿楼, 3–37 亿元楼, 38–45 准亿元楼, 46–53 千万楼, the rest below. */
    private static TaxTier tier(int number) {
        if (number < MONTHLY_YI_BUILDINGS) {
            return TaxTier.MONTHLY_YI;
        }
        if (number < YI_BUILDINGS) {
            return TaxTier.YI;
        }
        return number < 46 ? TaxTier.NEAR_YI : number < 54 ? TaxTier.TEN_MILLION : TaxTier.NONE;
    }

    private static Set<Industry> themes(int number) {
        if (number < 10) {
            return Set.of(Industry.INDUSTRIAL_FINANCE);
        }
        if (number == LAW_BUILDING || number == ACCOUNTING_BUILDING) {
            return Set.of(Industry.PROFESSIONAL_SERVICES);
        }
        if (number >= 32 && number <= 34) {
            return Set.of(Industry.BLOCKCHAIN_BIG_DATA_CLOUD);
        }
        if (number == 54 || number == 57) {
            return Set.of(Industry.CELL_THERAPY_GENETIC_TESTING);
        }
        return number == 47 ? Set.of(Industry.MEDICAL_ELDERLY_CARE) : Set.of();
    }
}
