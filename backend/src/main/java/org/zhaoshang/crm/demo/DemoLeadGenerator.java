package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;

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
    /** The demo users (security's UserBootstrap adds them) who own the demo leads. */
    private static final String[] STAFF = {"staff", "staff-li.na", "staff-wang.fang", "staff-liu.yang"};
    private static final String[] CALLS = {
            "电话沟通落地意向", "电话沟通项目进展", "电话确认来访行程", "电话了解董事会审议进展", "电话沟通注册地址选址",
            "视频会议介绍历下区金融产业政策", "电话沟通人才公寓与子女入学需求"};
    private static final String[] EMAILS = {
            "发送历下区招商推介材料", "邮件发送中央商务区楼宇载体资料", "邮件答复人才政策问询", "邮件发送投资协议草案",
            "邮件确认洽谈议程", "邮件发送英文版《历下区投资指南》"};
    private static final String[] NEXT_STEPS = {
            "电话沟通落地意向", "洽谈租金与注册事宜", "安排企业来历下实地考察", "跟进董事会审议结果", "准备投资协议草案",
            "对接区市场监管局办理注册", "邀请参加金融招商推介会", "报送区招商联席会议研究"};
    private static final String[] HOLD_REASONS = {
            "等待集团董事会决策", "企业年度预算冻结，明年再议", "等待母公司审批", "企业正在评估多个城市，暂缓推进"};
    private static final String[] LOST_DETAILS = {"集团战略调整，暂停在华新设机构", "母公司被收购，投资计划取消"};
    private static final String[] COMPETING_LOCATIONS = {"青岛", "苏州工业园区", "上海临港", "深圳前海"};

    private static final List<DemoAmbassador> AMBASSADORS = List.of(
            new DemoAmbassador("demo-amb-london", AmbassadorKind.INTERNATIONAL_PARTNER, "Fleet Street Advisory LLP",
                               SourceMarket.LONDON),
            new DemoAmbassador("demo-amb-city", AmbassadorKind.INVESTMENT_AMBASSADOR, "陈思远 (伦敦华人金融协会)",
                               SourceMarket.LONDON),
            new DemoAmbassador("demo-amb-hk", AmbassadorKind.INVESTMENT_AMBASSADOR, "梁家豪 (香港山东商会)",
                               SourceMarket.HONG_KONG),
            new DemoAmbassador("demo-amb-hk-partner", AmbassadorKind.INTERNATIONAL_PARTNER,
                               "Harbour Gate Consulting", SourceMarket.HONG_KONG),
            new DemoAmbassador("demo-amb-tokyo", AmbassadorKind.INVESTMENT_AMBASSADOR, "王敏 (东京华侨总会)",
                               SourceMarket.JAPAN),
            new DemoAmbassador("demo-amb-seoul", AmbassadorKind.INTERNATIONAL_PARTNER, "Hanul Partners",
                               SourceMarket.KOREA),
            new DemoAmbassador("demo-amb-beijing", AmbassadorKind.INVESTMENT_AMBASSADOR, "刘洋 (山东驻京办)",
                               SourceMarket.BEIJING));

    /** CNY per unit, as a bureau would have taken them on the day (demo figures, not market data). */
    private static final Map<String, BigDecimal> RATES_TO_CNY = Map.of("GBP", new BigDecimal("9.12"),
                                                                       "HKD", new BigDecimal("0.92"));

    private final long seed;
    private final LocalDate today;
    private Random random;
    private List<DemoCommand> commands;
    private String owner;

    DemoLeadGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** The ambassadors and partners that demo leads credit: to be registered before any lead. */
    static List<RegisterAmbassadorCommand> ambassadors() {
        return AMBASSADORS.stream().map(DemoAmbassador::register).toList();
    }

    /**
     * The commands of one lead, in order, each with the staff member who gives it. A lead's commands depend only
     * on the seed and its number, so leads can be sent in any order or in parallel.
     */
    List<DemoCommand> lead(int number) {
        // Random's first values barely differ between neighbouring seeds (every lead had the same owner): mix first
        random = new Random(new SplittableRandom(seed * 1_000_003L + number).nextLong());
        commands = new ArrayList<>();
        owner = STAFF[random.nextInt(STAFF.length)];
        String leadId = UUID.nameUUIDFromBytes(("demo-lead-" + number).getBytes()).toString();
        SourceMarket market = market();
        Company company = company(market, number);
        LocalDate day = today.minusDays(30 + random.nextInt(700));
        Channel channel = channel(market);
        send(new CreateLeadCommand(leadId, company, market, channel, introducer(market, channel), day));
        send(new AddContactCommand(leadId, leadId + "-contact", contact(market), null));
        Stage target = targetStage();
        Stage stage = Stage.LEAD;
        while (stage != target) {
            Stage next = Stage.values()[stage.ordinal() + 1];
            day = later(day);
            contacts(leadId, stage, day);
            prepare(leadId, next, day, company);
            boolean signing = next == Stage.SIGNED;
            send(new MoveLeadToStageCommand(leadId, next, day, null, signing ? day : null,
                                                   signing ? "历下招商协议〔" + day.getYear() + "〕" + number + "号" : null,
                                                   next == Stage.LANDED ? day : null, null));
            stage = next;
        }
        endState(leadId, stage, day);
        return commands;
    }

    private void send(Object command) {
        commands.add(new DemoCommand(command, owner));
    }

    /** Calls and e-mails between the milestones, some logged a few days late. */
    private void contacts(String leadId, Stage stage, LocalDate until) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            LocalDate day = until.minusDays(1 + random.nextInt(6));
            ActivityType type = random.nextBoolean() ? ActivityType.CALL : ActivityType.EMAIL;
            send(new LogActivityCommand(leadId, leadId + "-" + stage.ordinal() + "-" + i, type,
                                        day.isAfter(today) ? today : day, List.of(owner),
                                        text(type == ActivityType.CALL ? CALLS : EMAILS, leadId, stage.ordinal() + i),
                                        false, null));
        }
    }

    /** An ambassador or partner covering the market, for leads that came through one. */
    private String introducer(SourceMarket market, Channel channel) {
        if (channel != Channel.AMBASSADOR && channel != Channel.INTERNATIONAL_PARTNER) {
            return null;
        }
        List<DemoAmbassador> covering = AMBASSADORS.stream().filter(ambassador -> ambassador.market() == market)
                                                   .toList();
        return covering.isEmpty() ? null : covering.get(random.nextInt(covering.size())).id();
    }

    /** What a stage needs before the move: a visit before SITE_VISIT, figures before INTENT. */
    private void prepare(String leadId, Stage next, LocalDate day, Company company) {
        if (next == Stage.SITE_VISIT) {
            boolean theyCame = random.nextBoolean();
            send(new LogActivityCommand(leadId, leadId + "-visit", theyCame ? ActivityType.VISIT_BY_THEM
                                                                            : ActivityType.VISIT_BY_US,
                                        day, List.of(STAFF[random.nextInt(STAFF.length)]),
                                        theyCame ? shownName(company) + "来历下实地考察，参观中央商务区楼宇载体"
                                                 : "赴" + city(company) + "拜访" + shownName(company) + "，介绍落地政策",
                                        false, null));
        }
        if (next == Stage.NEGOTIATION) {
            send(new UpdateLeadAssessmentCommand(leadId, Priority.values()[random.nextInt(3)],
                                                        20 + random.nextInt(60), null, null));
        }
        if (next == Stage.INTENT) {
            long wan = (long) (1_000 * Math.pow(200, random.nextDouble()));
            String currency = currency(company);
            BigDecimal rate = RATES_TO_CNY.get(currency);
            send(new UpdateLeadNumbersCommand(leadId, rate == null ? BigDecimal.valueOf(wan)
                                                      : BigDecimal.valueOf(wan).divide(rate, 0, RoundingMode.HALF_UP),
                                              currency, rate,
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
            send(new MarkLeadLostCommand(leadId, reason,
                                         reason == LossReason.OTHER ? text(LOST_DETAILS, leadId, 0) : null,
                                         reason == LossReason.CHOSE_OTHER_LOCATION
                                         ? COMPETING_LOCATIONS[random.nextInt(COMPETING_LOCATIONS.length)]
                                         : null,
                                                later(day), null));
        } else if (stage.compareTo(Stage.SIGNED) < 0 && roll < 18) {
            send(new PutLeadOnHoldCommand(leadId, text(HOLD_REASONS, leadId, 0),
                                                 today.plusDays(30 + random.nextInt(120)), null));
        } else if (stage.compareTo(Stage.SIGNED) < 0) {
            send(new ScheduleFollowUpCommand(leadId, leadId + "-next", text(NEXT_STEPS, leadId, 0),
                                                    today.plusDays(random.nextInt(21)),
                                                    owner, null));
        }
    }

    /** London firms plan in pounds, Hong Kong firms in Hong Kong dollars (at a rate of the day), the rest in CNY. */
    private static String currency(Company company) {
        return switch (company.homeCity()) {
            case "London" -> "GBP";
            case "Hong Kong" -> "HKD";
            default -> "CNY";
        };
    }

    /** One of the texts, by the lead and a number: drawn without the random source, so the leads stay the same. */
    private static String text(String[] texts, String leadId, int number) {
        return texts[Math.floorMod((leadId + number).hashCode(), texts.length)];
    }

    /** Companies of London and Hong Kong go by their English names; the others by their Chinese ones. */
    private static String shownName(Company company) {
        boolean english = "London".equals(company.homeCity()) || "Hong Kong".equals(company.homeCity());
        return english && company.nameEn() != null || company.nameZh() == null ? company.nameEn() : company.nameZh();
    }

    private static String city(Company company) {
        return switch (company.homeCity()) {
            case "London" -> "伦敦";
            case "Hong Kong" -> "香港";
            case "Tokyo" -> "东京";
            case "Osaka" -> "大阪";
            case "Seoul" -> "首尔";
            case "Busan" -> "釜山";
            case "Beijing" -> "北京";
            case "Frankfurt" -> "法兰克福";
            default -> company.homeCity();
        };
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
            case JAPAN -> new Contact("Tanaka", "Yuki", "Director", "+81 3-5555-0100", null, MessagingApp.LINE,
                                      "tanaka.y");
            case KOREA -> new Contact("Kim", "Minji", "Head of Strategy", "+82 2-555-0100", null,
                                      MessagingApp.KAKAOTALK, "minji.kim");
            case HONG_KONG -> new Contact("Chan", "Ka Yan", "Director, Greater China", "+852 5555 0100", null,
                                          MessagingApp.WHATSAPP, "+852 5555 0101");
            case BEIJING -> new Contact("赵", "磊", "副总经理", "+86 10-5555-0100", null, MessagingApp.WECHAT,
                                        "zhaolei_bj");
            default -> new Contact("Morgan", "Alex", "Managing Director", "+44 20 5555 0100", null,
                                   MessagingApp.WHATSAPP, "+44 7700 900100");
        };
    }

    private Channel channel(SourceMarket market) {
        if (market == SourceMarket.LONDON || market == SourceMarket.HONG_KONG) {
            return List.of(Channel.INTERNATIONAL_PARTNER, Channel.AMBASSADOR, Channel.CAPITAL_LED)
                       .get(random.nextInt(3));
        }
        Channel[] channels = Channel.values();
        return channels[random.nextInt(channels.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
