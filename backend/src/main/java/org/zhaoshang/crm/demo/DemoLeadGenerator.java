package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.AddContactCommand;
import org.zhaoshang.crm.lead.api.Channel;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.Contact;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.Industry;
import org.zhaoshang.crm.lead.api.LogActivityCommand;
import org.zhaoshang.crm.lead.api.LossReason;
import org.zhaoshang.crm.lead.api.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.MessagingApp;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.Priority;
import org.zhaoshang.crm.lead.api.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.lead.api.TargetZone;
import org.zhaoshang.crm.lead.api.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.UpdateLeadNumbersCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Made-up but plausible leads with their history, given as the commands a bureau's staff would have given over the
 * last two years: companies of the six markets in a bureau's proportions, contacts, visits, figures, stage moves
 * with their real days, some on hold, some lost, a few signed and landed. The same seed gives the same leads.
 */
final class DemoLeadGenerator {

    private static final String[][] LONDON = {
            {"Thames", "泰晤士"}, {"Albion", "阿尔比恩"}, {"Canary Wharf", "金丝雀码头"}, {"Mayfair", "梅费尔"},
            {"Bishopsgate", "主教门"}, {"Lombard", "伦巴第"}, {"Kensington", "肯辛顿"}};
    private static final String[][] HONG_KONG = {
            {"Victoria Harbour", "维港"}, {"Lantau", "大屿"}, {"Kowloon", "九龙"}, {"Causeway", "铜锣"},
            {"Peak", "山顶"}, {"Jade Bay", "翡翠湾"}};
    private static final String[][] JAPAN = {
            {"Sakura", "樱花"}, {"Kyoto", "京都"}, {"Osaka", "大阪"}, {"Nagoya", "名古屋"}, {"Fuji", "富士"},
            {"Hokkai", "北海"}};
    private static final String[][] KOREA = {
            {"Hanbit", "韩光"}, {"Seoul", "首尔"}, {"Busan", "釜山"}, {"Hangang", "汉江"}, {"Mirae", "未来"}};
    private static final String[] BEIJING = {"京华", "北辰", "中关村", "燕山", "金融街", "朝阳", "海淀"};
    private static final String[][] OTHER = {
            {"Rhein", "莱茵"}, {"Alpine", "阿尔卑斯"}, {"Nordic", "北欧"}, {"Great Lakes", "五大湖"}};
    private static final String[][] FINANCE = {
            {"Capital", "资本"}, {"Asset Management", "资产管理"}, {"Insurance", "保险"}, {"Fintech", "金融科技"},
            {"Partners", "投资"}};
    private static final String[][] HEALTH_CULTURE = {
            {"Elder Care", "康养"}, {"Cell Therapeutics", "细胞治疗"}, {"Medical", "医疗"}, {"Fashion", "时尚"},
            {"Content", "文化传媒"}};
    private static final String[] BEIJING_TRADES = {"数据科技", "区块链研究院", "云计算", "金融服务", "健康科技"};
    private static final String[][] OTHER_TRADES = {
            {"Medical Devices", "医疗器械"}, {"Headquarters Services", "总部服务"}, {"Consumer Brands", "消费品牌"}};
    private static final String[] STAFF = {"staff-zhang.wei", "staff-li.na", "staff-wang.fang", "staff-liu.yang"};

    private final Random random;
    private final LocalDate today;
    private final Consumer<Object> send;

    DemoLeadGenerator(long seed, LocalDate today, Consumer<Object> send) {
        this.random = new Random(seed);
        this.today = today;
        this.send = send;
    }

    /** Gives the commands for {@code count} leads. */
    void generate(int count) {
        for (int i = 0; i < count; i++) {
            lead(i);
        }
    }

    private void lead(int number) {
        String leadId = UUID.nameUUIDFromBytes(("demo-lead-" + number).getBytes()).toString();
        SourceMarket market = market();
        Company company = company(market, number);
        LocalDate day = today.minusDays(30 + random.nextInt(700));
        send.accept(new CreateLeadCommand(leadId, company, market, channel(market), null, day));
        send.accept(new AddContactCommand(leadId, leadId + "-contact", contact(market), null));
        Stage target = targetStage();
        Stage stage = Stage.LEAD;
        while (stage != target) {
            Stage next = Stage.values()[stage.ordinal() + 1];
            day = later(day);
            prepare(leadId, next, day, company);
            boolean signing = next == Stage.SIGNED;
            send.accept(new MoveLeadToStageCommand(leadId, next, day, null, signing ? day : null,
                                                   signing ? "历下招商协议〔" + day.getYear() + "〕" + number + "号" : null,
                                                   next == Stage.LANDED ? day : null, null));
            stage = next;
        }
        endState(leadId, stage, day);
    }

    /** What a stage needs before the move: a visit before SITE_VISIT, figures before INTENT. */
    private void prepare(String leadId, Stage next, LocalDate day, Company company) {
        if (next == Stage.SITE_VISIT) {
            send.accept(new LogActivityCommand(leadId, leadId + "-visit", random.nextBoolean()
                                                                          ? ActivityType.VISIT_BY_THEM
                                                                          : ActivityType.VISIT_BY_US,
                                               day, List.of(STAFF[random.nextInt(STAFF.length)]),
                                               "Site visit: " + (company.nameEn() == null ? company.nameZh()
                                                                                          : company.nameEn()), null));
        }
        if (next == Stage.NEGOTIATION) {
            send.accept(new UpdateLeadAssessmentCommand(leadId, Priority.values()[random.nextInt(3)],
                                                        20 + random.nextInt(60), null, null));
        }
        if (next == Stage.INTENT) {
            long wan = (long) (1_000 * Math.pow(200, random.nextDouble()));
            send.accept(new UpdateLeadNumbersCommand(leadId, BigDecimal.valueOf(wan), "CNY", null,
                                                     random.nextInt(4) == 0 ? BigDecimal.valueOf(5 + random.nextInt(40))
                                                                            : null,
                                                     BigDecimal.valueOf(500 + random.nextInt(8_000)), null,
                                                     20 + random.nextInt(400),
                                                     TargetZone.values()[random.nextInt(TargetZone.values().length)],
                                                     null, null));
        }
    }

    /** Some leads stop: on hold or lost; open ones get a next step. */
    private void endState(String leadId, Stage stage, LocalDate day) {
        int roll = random.nextInt(100);
        if (stage.compareTo(Stage.SIGNED) < 0 && roll < 12) {
            LossReason reason = LossReason.values()[random.nextInt(LossReason.values().length)];
            send.accept(new MarkLeadLostCommand(leadId, reason,
                                                reason == LossReason.OTHER ? "Group strategy changed" : null,
                                                reason == LossReason.CHOSE_OTHER_LOCATION
                                                ? List.of("Qingdao", "Suzhou Industrial Park", "Shanghai Lingang",
                                                          "Shenzhen Qianhai").get(random.nextInt(4))
                                                : null,
                                                later(day), null));
        } else if (stage.compareTo(Stage.SIGNED) < 0 && roll < 18) {
            send.accept(new PutLeadOnHoldCommand(leadId, "Waiting for the board's decision",
                                                 today.plusDays(30 + random.nextInt(120)), null));
        } else if (stage.compareTo(Stage.SIGNED) < 0) {
            send.accept(new ScheduleFollowUpCommand(leadId, leadId + "-next", "Call about the next meeting",
                                                    today.plusDays(random.nextInt(21)),
                                                    STAFF[random.nextInt(STAFF.length)], null));
        }
    }

    private LocalDate later(LocalDate day) {
        LocalDate next = day.plusDays(7 + random.nextInt(60));
        return next.isAfter(today) ? today : next;
    }

    private SourceMarket market() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return SourceMarket.LONDON;
        }
        if (roll < 45) {
            return SourceMarket.HONG_KONG;
        }
        if (roll < 60) {
            return SourceMarket.JAPAN;
        }
        if (roll < 72) {
            return SourceMarket.KOREA;
        }
        return roll < 90 ? SourceMarket.BEIJING : SourceMarket.OTHER;
    }

    private Stage targetStage() {
        int roll = random.nextInt(100);
        int[] upTo = {25, 50, 65, 77, 85, 92, 97, 100};
        for (int i = 0; i < upTo.length; i++) {
            if (roll < upTo[i]) {
                return Stage.values()[i];
            }
        }
        return Stage.LEAD;
    }

    private Company company(SourceMarket market, int number) {
        String suffix = " " + (number % 97 + 1);
        return switch (market) {
            case LONDON -> named(LONDON, FINANCE, suffix, "United Kingdom", "London", Industry.INDUSTRIAL_FINANCE);
            case HONG_KONG -> named(HONG_KONG, FINANCE, suffix, "China (Hong Kong)", "Hong Kong",
                                    Industry.INDUSTRIAL_FINANCE);
            case JAPAN -> named(JAPAN, HEALTH_CULTURE, suffix, "Japan", random.nextBoolean() ? "Tokyo" : "Osaka",
                                Industry.MEDICAL_ELDERLY_CARE);
            case KOREA -> named(KOREA, HEALTH_CULTURE, suffix, "Korea", random.nextBoolean() ? "Seoul" : "Busan",
                                Industry.FASHION_CULTURE);
            case BEIJING -> new Company(null, pick(BEIJING) + pick(BEIJING_TRADES) + suffix.strip() + "有限公司",
                                        "China", "Beijing", Industry.BLOCKCHAIN_BIG_DATA_CLOUD, false,
                                        random.nextInt(10) == 0, null);
            case OTHER -> named(OTHER, OTHER_TRADES, suffix, "Germany", "Frankfurt", Industry.HEADQUARTERS);
        };
    }

    private Company named(String[][] places, String[][] trades, String suffix, String country, String city,
                          Industry industry) {
        String[] place = places[random.nextInt(places.length)];
        String[] trade = trades[random.nextInt(trades.length)];
        return new Company(place[0] + " " + trade[0] + suffix, place[1] + trade[1] + suffix.strip(), country, city,
                           industry, random.nextInt(15) == 0, random.nextInt(8) == 0, null);
    }

    private Contact contact(SourceMarket market) {
        return switch (market) {
            case JAPAN -> new Contact("Tanaka Yuki", "Director", "+81 3-5555-0100", null, MessagingApp.LINE, "tanaka.y");
            case KOREA -> new Contact("Kim Minji", "Head of Strategy", "+82 2-555-0100", null, MessagingApp.KAKAOTALK,
                                      "minji.kim");
            case BEIJING -> new Contact("赵磊", "副总经理", "+86 10-5555-0100", null, MessagingApp.WECHAT, "zhaolei_bj");
            default -> new Contact("Alex Morgan", "Managing Director", "+44 20 5555 0100", null, MessagingApp.WHATSAPP,
                                   "+44 7700 900100");
        };
    }

    private Channel channel(SourceMarket market) {
        if (market == SourceMarket.LONDON || market == SourceMarket.HONG_KONG) {
            return random.nextBoolean() ? Channel.INTERNATIONAL_PARTNER : Channel.CAPITAL_LED;
        }
        Channel[] channels = Channel.values();
        return channels[random.nextInt(channels.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
