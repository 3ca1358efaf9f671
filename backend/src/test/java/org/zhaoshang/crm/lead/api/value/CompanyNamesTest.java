package org.zhaoshang.crm.lead.api.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTest {

    @Test
    void spellingsOfOneCompanyMeet() {
        assertThat(CompanyNames.key("Barclays PLC")).isEqualTo(CompanyNames.key("barclays"));
        assertThat(CompanyNames.key("  Thames Capital Partners, Ltd. ")).isEqualTo(CompanyNames.key("THAMES CAPITAL PARTNERS"));
        assertThat(CompanyNames.key("Mizuho Holdings Co., Ltd.")).isEqualTo("mizuho");
        assertThat(CompanyNames.key("株式会社資生堂")).isEqualTo(CompanyNames.key("資生堂株式会社"));
        assertThat(CompanyNames.key("資生堂株式会社")).isEqualTo("資生堂");
        assertThat(CompanyNames.key("京华数据科技有限公司")).isEqualTo(CompanyNames.key("京华数据科技"));
        assertThat(CompanyNames.key("삼성생명 주식회사")).isEqualTo(CompanyNames.key("삼성생명"));
        assertThat(CompanyNames.key("ＨＳＢＣ")).isEqualTo(CompanyNames.key("hsbc"));
    }

    @Test
    void aLegalFormInsideAWordStays() {
        assertThat(CompanyNames.key("Acco")).isEqualTo("acco");
        assertThat(CompanyNames.key("Costco")).isEqualTo("costco");
        assertThat(CompanyNames.key("Ltd")).isEqualTo("ltd");
    }

    @Test
    void nothingLeftIsNoKey() {
        assertThat(CompanyNames.key(" ")).isNull();
        assertThat(CompanyNames.key(null)).isNull();
    }
}
