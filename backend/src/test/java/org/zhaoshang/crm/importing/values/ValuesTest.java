package org.zhaoshang.crm.importing.values;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    private static final Map<String, BigDecimal> RATES = Map.of("USD", new BigDecimal("7.12"),
                                                                "JPY", new BigDecimal("0.047"));

    @Test
    void amountsAreReadWithTheirUnitsAndCurrencies() {
        assertThat(Amounts.read("500", RATES)).isEqualTo(new Amount(new BigDecimal("5E+2"), "CNY", null));
        assertThat(Amounts.read("500万元", RATES).wan()).isEqualByComparingTo("500");
        assertThat(Amounts.read("1.2亿", RATES).wan()).isEqualByComparingTo("12000");
        assertThat(Amounts.read("¥3,000万", RATES).wan()).isEqualByComparingTo("3000");
        assertThat(Amounts.read("3000 万元人民币", RATES).currency()).isEqualTo("CNY");
        assertThat(Amounts.read("USD 3m", RATES)).satisfies(amount -> {
            assertThat(amount.wan()).isEqualByComparingTo("300");
            assertThat(amount.currency()).isEqualTo("USD");
            assertThat(amount.rateToCny()).isEqualByComparingTo("7.12");
        });
        assertThat(Amounts.read("US$2.5 million", RATES).wan()).isEqualByComparingTo("250");
        assertThat(Amounts.read("2,000万美元", RATES).currency()).isEqualTo("USD");
        assertThat(Amounts.read("3億円", RATES).wan()).isEqualByComparingTo("30000");
        assertThatThrownBy(() -> Amounts.read("HK$50m", RATES)).hasMessage("an amount in HKD needs its rate to CNY");
        assertThatThrownBy(() -> Amounts.read("about a lot", RATES)).hasMessage("no number");
        assertThatThrownBy(() -> Amounts.read("5 bags", RATES)).hasMessage("unknown unit \"bags\"");
    }

    @Test
    void daysAreReadInTheUsualChineseAndEnglishFormatsButNotAmbiguousOnes() {
        LocalDate fifthOfMarch = LocalDate.of(2026, 3, 5);
        for (String day : new String[]{"2026-03-05", "2026/3/5", "2026.3.5", "20260305", "2026年3月5日",
                                       "5 Mar 2026", "March 5, 2026", "05-Mar-2026", "5-Mar-26"}) {
            assertThat(Dates.read(day)).as(day).isEqualTo(fifthOfMarch);
        }
        assertThat(Dates.read("2026年3月")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> Dates.read("05/03/2026")).hasMessageContaining("cannot be told apart");
        assertThatThrownBy(() -> Dates.read("2026-02-30")).hasMessage("no such day");
        assertThatThrownBy(() -> Dates.read("soon")).hasMessage("not a day");
    }

    @Test
    void freeTextIsReadAsMarketsChannelsStagesAndHeaders() {
        assertThat(Vocabulary.MARKETS.read("UK")).contains(SourceMarket.LONDON);
        assertThat(Vocabulary.MARKETS.read("伦敦金融城")).contains(SourceMarket.LONDON);
        assertThat(Vocabulary.MARKETS.read("ＨＫ")).contains(SourceMarket.HONG_KONG);
        assertThat(Vocabulary.MARKETS.read("Fukuoka")).isEmpty();
        assertThat(Vocabulary.MARKETS.read("韩国首尔")).contains(SourceMarket.KOREA);
        assertThat(Vocabulary.CHANNELS.read("以商引商")).contains(Channel.BUSINESS_REFERRAL);
        assertThat(Vocabulary.STAGES.read("MoU")).contains(Stage.INTENT);
        assertThat(Vocabulary.STAGES.read("已签约")).contains(Stage.SIGNED);
        assertThat(Vocabulary.HEADERS.read("投资额（万元）")).contains(ImportField.INVESTMENT);
        assertThat(Vocabulary.HEADERS.read("Contact Phone")).contains(ImportField.CONTACT_PHONE);
        assertThat(Vocabulary.HEADERS.read("公司名称（中文）")).contains(ImportField.COMPANY_NAME_ZH);
        assertThat(Vocabulary.HEADERS.read("备注")).contains(ImportField.REMARKS);
        assertThat(Vocabulary.HEADERS.read("进展情况")).contains(ImportField.REMARKS);
        assertThat(Vocabulary.HEADERS.read("进展")).contains(ImportField.STAGE);
        assertThat(Vocabulary.HEADERS.read("Notes")).contains(ImportField.REMARKS);
        assertThat(Vocabulary.HEADERS.read("序号")).isEmpty();
    }
}
