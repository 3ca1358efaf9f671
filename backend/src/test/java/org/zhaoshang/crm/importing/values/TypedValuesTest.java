package org.zhaoshang.crm.importing.values;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Words and values as people type them in a desk sheet: status words, approximate amounts, amounts in 元. */
class TypedValuesTest {

    private static final Map<String, BigDecimal> RATES = Map.of("USD", new BigDecimal("7.12"));

    @Test
    void statusWordsPutALeadOnHoldInChineseAndEnglish() {
        for (String words : new String[]{"暂缓", "搁置", "暂停", "暂缓（资金未到位）", "On hold", "on-hold", "Paused",
                                         "SUSPENDED", "shelved", "postponed"}) {
            StatusWord read = StatusWords.read(words);
            assertThat(read.status()).as(words).isEqualTo(LeadStatus.ON_HOLD);
            assertThat(read.competingLocation()).as(words).isNull();
            assertThat(stageOf(read)).as(words).isEmpty();
        }
    }

    @Test
    void statusWordsMarkALeadLostNamingTheOtherPlaceWhenTheyDo() {
        for (String words : new String[]{"流失", "终止", "放弃", "已放弃", "项目终止", "Lost", "dropped", "Terminated",
                                         "abandoned", "cancelled"}) {
            StatusWord read = StatusWords.read(words);
            assertThat(read.status()).as(words).isEqualTo(LeadStatus.LOST);
            assertThat(read.competingLocation()).as(words).isNull();
            assertThat(stageOf(read)).as(words).isEmpty();
        }
        Map<String, String> places = Map.of("已签他地", "他地", "签约济南高新区", "济南高新区",
                                            "流失（落户苏州工业园区）", "苏州工业园区", "迁往上海", "上海",
                                            "moved to Shanghai", "Shanghai", "Signed elsewhere", "elsewhere",
                                            "lost: relocated to Hong Kong", "Hong Kong", "流失到外地", "外地");
        places.forEach((words, place) -> {
            StatusWord read = StatusWords.read(words);
            assertThat(read.status()).as(words).isEqualTo(LeadStatus.LOST);
            assertThat(read.competingLocation()).as(words).isEqualTo(place);
            assertThat(stageOf(read)).as(words).isEmpty();
        });
    }

    @Test
    void aStatusWordMayComeWithAStageAndOurOwnZonesAreNoOtherPlace() {
        assertThat(StatusWords.read("暂停洽谈")).satisfies(read -> {
            assertThat(read.status()).isEqualTo(LeadStatus.ON_HOLD);
            assertThat(stageOf(read)).contains(Stage.NEGOTIATION);
        });
        assertThat(StatusWords.read("已签约（暂缓）")).satisfies(read -> {
            assertThat(read.status()).isEqualTo(LeadStatus.ON_HOLD);
            assertThat(stageOf(read)).contains(Stage.SIGNED);
        });
        assertThat(StatusWords.read("意向 - dropped")).satisfies(read -> {
            assertThat(read.status()).isEqualTo(LeadStatus.LOST);
            assertThat(stageOf(read)).contains(Stage.INTENT);
        });
        for (String signedWithUs : new String[]{"已签约", "签约", "正式签约", "签约金融城", "Signed", "签约完成"}) {
            StatusWord read = StatusWords.read(signedWithUs);
            assertThat(read.status()).as(signedWithUs).isNull();
            assertThat(stageOf(read)).as(signedWithUs).contains(Stage.SIGNED);
        }
        assertThat(StatusWords.read("跟进中").status()).isEqualTo(LeadStatus.OPEN);
        assertThat(StatusWords.read("in progress").status()).isEqualTo(LeadStatus.OPEN);
        assertThat(StatusWords.read("opened").status()).isNull();
    }

    @Test
    void registeredAndOperatingWordsAreStages() {
        for (String words : new String[]{"已注册", "已落地", "Registered", "landed"}) {
            assertThat(stageOf(StatusWords.read(words))).as(words).contains(Stage.LANDED);
        }
        for (String words : new String[]{"已投产", "已开业", "Operating", "in operation", "opened"}) {
            assertThat(stageOf(StatusWords.read(words))).as(words).contains(Stage.OPERATING);
        }
    }

    @Test
    void approximateAmountsAreReadAsTheirNumberAndSaidToBeApproximate() {
        for (String amount : new String[]{"约800万", "800万左右", "800余万", "800多万", "近800万", "大约800万元",
                                          "800万元上下", "800来万", "逾800万", "800万以上", "约 ８００ 万", "about 8m",
                                          "approx. 8m", "approx 8 million", "approximately 8m", "around 8m", "~8m",
                                          "～800万", "8m+", "c. 8m", "ca. 8m", "roughly 8m", "nearly 8m", "≈800万"}) {
            Amount read = Amounts.read(amount, RATES);
            assertThat(read.wan()).as(amount).isEqualByComparingTo("800");
            assertThat(read.currency()).as(amount).isEqualTo("CNY");
            assertThat(read.approximate()).as(amount).isTrue();
        }
        assertThat(Amounts.read("约USD 3m", RATES)).satisfies(amount -> {
            assertThat(amount.wan()).isEqualByComparingTo("300");
            assertThat(amount.currency()).isEqualTo("USD");
            assertThat(amount.approximate()).isTrue();
        });
        assertThat(Amounts.read("800万", RATES).approximate()).isFalse();
        assertThat(Approximate.read("约30亩")).isEqualTo(new Approximate("30亩", true));
        assertThat(Approximate.read("2,000余平方米")).isEqualTo(new Approximate("2,000平方米", true));
        assertThat(Approximate.read("about 2000 sqm")).isEqualTo(new Approximate("2000 sqm", true));
        assertThat(Approximate.read("30")).isEqualTo(new Approximate("30", false));
    }

    @Test
    void aBareNumberTooLargeFor万元IsProbablyInYuanUnlessTheSheetSaysSo() {
        assertThatThrownBy(() -> Amounts.read("120000000", RATES))
                .isInstanceOfSatisfying(Amounts.ProbablyYuan.class,
                                        probably -> assertThat(probably.wanIfYuan()).isEqualByComparingTo("12000"));
        assertThatThrownBy(() -> Amounts.read("120,000,000元", RATES)).isInstanceOf(Amounts.ProbablyYuan.class);
        assertThat(Amounts.read("1000000", RATES).wan()).isEqualByComparingTo("1000000");
        assertThat(Amounts.read("120000000", RATES, true).wan()).isEqualByComparingTo("12000");
        assertThat(Amounts.read("5,000,000", RATES, true).wan()).isEqualByComparingTo("500");
        assertThat(Amounts.read("1.2亿", RATES, true).wan()).isEqualByComparingTo("12000");
        assertThat(Amounts.read("800万", RATES, true).wan()).isEqualByComparingTo("800");
        assertThat(Amounts.read("USD 3m", RATES, true).wan()).isEqualByComparingTo("300");
        assertThat(Amounts.read("1.2亿", RATES).wan()).isEqualByComparingTo("12000");
    }

    private static Optional<Stage> stageOf(StatusWord read) {
        return Vocabulary.STAGES.read(read.rest());
    }
}
