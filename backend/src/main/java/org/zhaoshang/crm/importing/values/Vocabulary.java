package org.zhaoshang.crm.importing.values;

import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.util.List;

import static java.util.Map.entry;

/** The words bureaus' sheets use for headers, markets, channels, stages, industries, zones and statuses. */
public final class Vocabulary {

    /** Headers; the more specific ones (公司中文名) win over the general (公司) by length. */
    public static final Words<ImportField> HEADERS = Words.of(
            entry(ImportField.COMPANY_NAME_ZH, List.of("公司中文名", "中文名称", "企业中文名称", "公司名称中文",
                                                       "company name chinese", "chinese name", "name zh")),
            entry(ImportField.COMPANY_NAME_EN, List.of("公司英文名", "英文名称", "企业英文名称", "公司名称英文",
                                                       "company name english", "english name", "name en")),
            entry(ImportField.COMPANY_NAME, List.of("公司名称", "企业名称", "公司", "企业", "客户名称", "项目名称",
                                                    "company", "company name", "firm", "organisation",
                                                    "organization", "name")),
            entry(ImportField.MARKET, List.of("来源市场", "市场", "来源地", "区域", "market", "source market",
                                              "region")),
            entry(ImportField.COUNTRY, List.of("国家", "国家地区", "国别", "所在国家", "总部所在地", "country",
                                               "home country", "country region")),
            entry(ImportField.CITY, List.of("城市", "所在城市", "city", "home city")),
            entry(ImportField.INDUSTRY, List.of("行业", "产业", "所属行业", "产业方向", "industry", "sector")),
            entry(ImportField.CHANNEL, List.of("招商方式", "渠道", "来源渠道", "信息来源", "channel", "source",
                                               "lead source")),
            entry(ImportField.STAGE, List.of("阶段", "进展", "项目阶段", "当前阶段", "状态", "stage", "status",
                                             "pipeline stage")),
            entry(ImportField.STAGE_DATE, List.of("阶段日期", "进展日期", "更新日期", "stage date",
                                                  "stage reached on", "status date")),
            entry(ImportField.IDENTIFIED_ON, List.of("登记日期", "录入日期", "发现日期", "首次接触日期", "日期",
                                                     "identified on", "date identified", "date", "created")),
            entry(ImportField.INVESTMENT, List.of("投资额", "投资额万元", "计划投资", "拟投资额", "投资规模",
                                                  "总投资", "investment", "planned investment",
                                                  "investment amount", "amount")),
            entry(ImportField.LAND_AREA_MU, List.of("用地", "用地亩", "用地面积", "占地", "土地亩", "land",
                                                    "land mu", "land area")),
            entry(ImportField.FLOOR_SPACE_M2, List.of("载体面积", "面积", "办公面积", "建筑面积", "floor space",
                                                      "floor area", "office space", "area m2")),
            entry(ImportField.TARGET_ZONE, List.of("拟落地片区", "落地片区", "片区", "载体", "拟落地区域",
                                                   "target zone", "zone")),
            entry(ImportField.CONTACT_NAME, List.of("联系人", "对接人", "联系人姓名", "contact", "contact name",
                                                    "contact person")),
            entry(ImportField.CONTACT_TITLE, List.of("职务", "联系人职务", "title", "position", "job title",
                                                     "contact title")),
            entry(ImportField.CONTACT_PHONE, List.of("电话", "联系电话", "联系人电话", "手机", "phone", "telephone",
                                                     "mobile", "tel", "contact phone")),
            entry(ImportField.CONTACT_EMAIL, List.of("邮箱", "电子邮件", "联系人邮箱", "email", "e mail", "mail",
                                                     "contact email")),
            entry(ImportField.AMBASSADOR, List.of("招商大使", "大使", "引荐人", "推荐人", "合伙人", "ambassador",
                                                  "introduced by", "partner", "referrer")),
            entry(ImportField.VISIT_DATE, List.of("考察日期", "来访日期", "实地考察日期", "拜访日期",
                                                  "visit date", "site visit", "visited on")),
            entry(ImportField.AGREEMENT_DATE, List.of("签约日期", "签约时间", "协议日期", "signed on",
                                                      "agreement date", "signing date")),
            entry(ImportField.AGREEMENT_REFERENCE, List.of("协议编号", "合同编号", "协议名称", "agreement",
                                                           "agreement reference", "contract no")),
            entry(ImportField.REGISTERED_ON, List.of("注册日期", "落地日期", "注册时间", "registered on",
                                                     "registration date")),
            // 进展 alone stays a stage header: desk sheets write the stage under it
            entry(ImportField.REMARKS, List.of("备注", "说明", "进展情况", "情况说明", "备注说明", "项目进展",
                                               "进展说明", "跟进情况", "跟踪情况", "备忘", "remark", "remarks",
                                               "note", "notes", "comment", "comments", "progress",
                                               "progress notes")));

    public static final Words<SourceMarket> MARKETS = Words.of(
            entry(SourceMarket.LONDON, List.of("伦敦", "英国", "london", "uk", "united kingdom", "england", "gb",
                                               "great britain", "britain", "city of london")),
            entry(SourceMarket.HONG_KONG, List.of("香港", "中国香港", "hong kong", "hk", "hksar", "hong kong sar",
                                                  "hongkong")),
            entry(SourceMarket.JAPAN, List.of("日本", "东京", "大阪", "名古屋", "福冈", "japan", "jp", "tokyo",
                                              "osaka", "nagoya")),
            entry(SourceMarket.KOREA, List.of("韩国", "首尔", "釜山", "korea", "south korea", "republic of korea",
                                              "kr", "rok", "seoul", "busan")),
            entry(SourceMarket.BEIJING, List.of("北京", "北京市", "beijing", "peking")),
            entry(SourceMarket.OTHER, List.of("其他", "其它", "other", "others")));

    public static final Words<Channel> CHANNELS = Words.of(
            entry(Channel.AMBASSADOR, List.of("招商大使", "大使", "ambassador", "investment ambassador")),
            entry(Channel.INTERNATIONAL_PARTNER, List.of("国际招商合伙人", "合伙人", "国际合伙人",
                                                         "international partner", "partner")),
            entry(Channel.CAPITAL_LED, List.of("资本招商", "基金招商", "以投促招", "capital", "capital led",
                                               "fund", "investor")),
            entry(Channel.BUSINESS_REFERRAL, List.of("以商引商", "企业推荐", "客商推荐", "referral",
                                                     "business referral")),
            entry(Channel.INDUSTRY_CHAIN, List.of("产业链招商", "产业链", "链式招商", "industry chain",
                                                  "supply chain")),
            entry(Channel.PROFESSIONAL_AGENCY, List.of("专业化招商", "中介", "中介机构", "咨询机构",
                                                       "professional agency", "agency", "consultant")),
            entry(Channel.SOCIAL_COMMUNITY, List.of("社会化招商", "商会", "协会", "校友", "social",
                                                    "community", "chamber", "association")),
            entry(Channel.ROADSHOW_EVENT, List.of("推介会", "路演", "展会", "会议", "活动", "roadshow", "event",
                                                  "fair", "conference", "expo")),
            entry(Channel.DIRECT_APPROACH, List.of("直接对接", "上门拜访", "主动对接", "电话", "陌拜", "direct",
                                                   "direct approach", "cold call", "walk in")));

    public static final Words<Stage> STAGES = Words.of(
            entry(Stage.LEAD, List.of("线索", "初步线索", "信息", "储备", "lead", "new", "prospect", "identified")),
            entry(Stage.CONTACTED, List.of("初步接洽", "接洽", "已接洽", "已联系", "初步对接", "对接中",
                                           "contacted", "in contact", "first contact")),
            entry(Stage.SITE_VISIT, List.of("实地考察", "考察", "来访", "已考察", "site visit", "visit", "visited")),
            entry(Stage.NEGOTIATION, List.of("洽谈", "商谈", "谈判", "深度洽谈", "洽谈中", "negotiation",
                                             "negotiating", "in talks")),
            entry(Stage.INTENT, List.of("签订意向", "意向", "意向协议", "框架协议", "备忘录", "intent", "mou",
                                        "letter of intent", "loi")),
            entry(Stage.SIGNED, List.of("正式签约", "签约", "已签约", "签订协议", "signed", "agreement signed",
                                        "contract signed")),
            entry(Stage.LANDED, List.of("注册落地", "落地", "已落地", "注册", "已注册", "landed", "registered")),
            entry(Stage.OPERATING, List.of("投产运营", "运营", "投产", "开业", "已运营", "operating",
                                           "in operation", "opened")));

    public static final Words<Industry> INDUSTRIES = Words.of(
            entry(Industry.INDUSTRIAL_FINANCE, List.of("产业金融", "金融", "基金", "银行", "保险", "证券",
                                                       "资管", "资产管理", "金融科技", "finance", "financial",
                                                       "fund", "bank", "banking", "insurance", "fintech",
                                                       "asset management", "securities")),
            entry(Industry.MEDICAL_ELDERLY_CARE, List.of("医疗康养", "医疗", "康养", "养老", "健康", "医院",
                                                         "medical", "health", "healthcare", "elderly care",
                                                         "hospital", "medtech")),
            entry(Industry.CELL_THERAPY_GENETIC_TESTING, List.of("细胞治疗", "基因检测", "细胞", "基因",
                                                                 "生物医药", "cell therapy", "gene",
                                                                 "genetic testing", "biotech")),
            entry(Industry.FASHION_CULTURE, List.of("时尚文化", "文化", "时尚", "文创", "传媒", "设计",
                                                    "fashion", "culture", "media", "design", "creative",
                                                    "content")),
            entry(Industry.BLOCKCHAIN_BIG_DATA_CLOUD, List.of("区块链", "大数据", "云计算", "数字经济", "软件",
                                                              "blockchain", "big data", "cloud", "software",
                                                              "digital")),
            entry(Industry.PROFESSIONAL_SERVICES, List.of("专业服务", "律所", "律师事务所", "会计", "审计",
                                                          "咨询", "law firm", "legal", "accounting", "audit",
                                                          "consulting", "professional services")),
            entry(Industry.HEADQUARTERS, List.of("总部经济", "总部", "区域总部", "headquarters", "hq",
                                                 "regional headquarters")),
            entry(Industry.CONSUMER_COMMERCE, List.of("消费商贸", "消费", "商贸", "零售", "贸易", "consumer",
                                                      "retail", "trade", "commerce")),
            entry(Industry.OTHER, List.of("其他", "其它", "other")));

    public static final Words<TargetZone> ZONES = Words.of(
            entry(TargetZone.FINANCIAL_CITY_CLUSTER, List.of("济南国际金融城产业金融集聚区", "金融城",
                                                             "国际金融城", "financial city")),
            entry(TargetZone.MINGFU_OLD_CITY, List.of("明府城片区", "明府城", "老城", "mingfu", "old city")),
            entry(TargetZone.SHANDA_ROAD_TECH_AXIS, List.of("山大路科技走廊", "山大路", "shanda road",
                                                            "tech corridor")),
            entry(TargetZone.MINGHU_CELL_PARK, List.of("明湖细胞产业园", "细胞产业园", "明湖", "cell park")),
            entry(TargetZone.OTHER, List.of("其他", "其它", "other")));

    /**
     * Status words a desk writes in its stage column: a lead paused, given up, or worked on as usual (which changes
     * nothing). Where a lead went instead is read by {@link StatusWords}.
     */
    public static final Words<LeadStatus> STATUSES = Words.of(
            entry(LeadStatus.ON_HOLD, List.of("暂缓", "搁置", "暂停", "暂搁", "挂起", "推迟", "延后", "on hold", "hold",
                                              "paused", "pause", "suspended", "shelved", "postponed", "deferred")),
            entry(LeadStatus.LOST, List.of("流失", "已流失", "终止", "放弃", "已签他地", "签他地", "取消", "撤回", "失联",
                                           "lost", "dropped", "terminated", "abandoned", "cancelled", "canceled",
                                           "withdrawn", "signed elsewhere", "went elsewhere", "gave up")),
            entry(LeadStatus.OPEN, List.of("正常", "在谈", "跟进", "跟进中", "推进中", "进行中", "正常推进", "ongoing",
                                           "in progress")));

    /** Words for a place other than the district, where a lost lead went without the sheet naming it. */
    public static final Words<String> UNNAMED_PLACES = Words.of(
            entry("他地", List.of("他地")), entry("外地", List.of("外地")), entry("异地", List.of("异地")),
            entry("别处", List.of("别处")), entry("他处", List.of("他处")), entry("其他地方", List.of("其他地方")),
            entry("其他城市", List.of("其他城市")), entry("其他地区", List.of("其他地区")),
            entry("elsewhere", List.of("elsewhere")), entry("another city", List.of("another city")),
            entry("another location", List.of("another location")),
            entry("another district", List.of("another district")));

    private Vocabulary() {
    }
}
