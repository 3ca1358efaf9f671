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
        assertThat(CompanyNames.key("資生堂株式会社")).isEqualTo(CompanyNames.key("資生堂"));
        assertThat(CompanyNames.key("京华数据科技有限公司")).isEqualTo(CompanyNames.key("京华数据科技"));
        assertThat(CompanyNames.key("삼성생명 주식회사")).isEqualTo(CompanyNames.key("삼성생명"));
        assertThat(CompanyNames.key("ＨＳＢＣ")).isEqualTo(CompanyNames.key("hsbc"));
    }

    @Test
    void traditionalAndSimplifiedCharactersAreOneName() {
        assertThat(CompanyNames.key("巴克莱銀行")).isEqualTo(CompanyNames.key("巴克莱银行")).isEqualTo("巴克莱银行");
        assertThat(CompanyNames.key("巴克萊銀行")).isEqualTo(CompanyNames.key("巴克莱银行"));
        assertThat(CompanyNames.key("滙豐控股")).isEqualTo(CompanyNames.key("汇丰控股"));
        assertThat(CompanyNames.key("國泰航空")).isEqualTo(CompanyNames.key("国泰航空"));
        assertThat(CompanyNames.key("資生堂")).isEqualTo(CompanyNames.key("资生堂"));
        assertThat(CompanyNames.key("香港滙豐銀行")).isEqualTo(CompanyNames.key("香港匯豐銀行")).isEqualTo("香港汇丰银行");
        assertThat(CompanyNames.key("富士山峯")).isEqualTo(CompanyNames.key("富士山峰"));
    }

    @Test
    void legalFormsGoInEitherScript() {
        assertThat(CompanyNames.key("京華數據科技有限責任公司")).isEqualTo(CompanyNames.key("京华数据科技"));
        assertThat(CompanyNames.key("京華數據科技有限公司")).isEqualTo(CompanyNames.key("京华数据科技有限公司"));
        assertThat(CompanyNames.key("長江實業集團公司")).isEqualTo(CompanyNames.key("长江实业"));
        assertThat(CompanyNames.key("中銀香港股份有限公司")).isEqualTo(CompanyNames.key("中银香港"));
        assertThat(CompanyNames.key("株式會社資生堂")).isEqualTo(CompanyNames.key("资生堂株式会社"));
        assertThat(CompanyNames.key("（株）資生堂")).isEqualTo(CompanyNames.key("(株)资生堂"));
    }

    @Test
    void widthCaseAndSpacesDoNotCount() {
        assertThat(CompanyNames.key("ＢＡＲＣＬＡＹＳ　１２３")).isEqualTo(CompanyNames.key("barclays 123"));
        assertThat(CompanyNames.key("Ｂａｒｃｌａｙｓ ＰＬＣ")).isEqualTo(CompanyNames.key("BARCLAYS"));
        assertThat(CompanyNames.key("３６０数科")).isEqualTo(CompanyNames.key("360数科"));
        assertThat(CompanyNames.key("  巴克莱 银行\t")).isEqualTo(CompanyNames.key("巴克莱银行"));
        assertThat(CompanyNames.key("\u3000巴克莱\u3000銀行\u3000有限公司\u3000")).isEqualTo(CompanyNames.key("巴克莱银行"));
        assertThat(CompanyNames.key("Barclays  Bank")).isEqualTo(CompanyNames.key("barclaysbank"));
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
        assertThat(CompanyNames.key("　")).isNull();
        assertThat(CompanyNames.key(null)).isNull();
    }

    @Test
    void theKeyAsBeforeKeepsTheScriptForTheIdsOfLeadsImportedBefore() {
        assertThat(CompanyNames.keyKeepingScript("巴克莱銀行有限公司")).isEqualTo("巴克莱銀行");
        assertThat(CompanyNames.keyKeepingScript("巴克莱银行")).isEqualTo("巴克莱银行");
        assertThat(CompanyNames.keyKeepingScript(" ")).isNull();
    }

    @Test
    void aKeyComputedBeforeBecomesTheKeyOfItsName() {
        for (String name : new String[] {"巴克莱銀行", "京華數據科技有限責任公司", "株式會社資生堂", "HSBC Holdings plc",
                                          "Acco Co", "滙豐 控股"}) {
            assertThat(CompanyNames.key(CompanyNames.keyKeepingScript(name))).as(name)
                                                                             .isEqualTo(CompanyNames.key(name));
        }
    }
}
