package org.zhaoshang.crm.lead.api.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} → family {1}, given {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Chinese: the family name first, of one character or a compound of two
            赵磊 | 赵 | 磊
            王小明 | 王 | 小明
            欧阳明华 | 欧阳 | 明华
            司马光 | 司马 | 光
            金敏俊 | 金 | 敏俊
            # Japanese in kanji: told by a common surname
            田中裕子 | 田中 | 裕子
            佐々木健 | 佐々木 | 健
            山本　一郎 | 山本 | 一郎
            # Korean: the family name first, of one syllable or a compound of two
            김민지 | 김 | 민지
            남궁민수 | 남궁 | 민수
            박 서준 | 박 | 서준
            # Western: the family name last, with its particles
            ' Alex  Morgan ' | Morgan | Alex
            Mary Ann Evans | Evans | Mary Ann
            Ludwig van Beethoven | van Beethoven | Ludwig
            John Lee | Lee | John
            # a comma or capitals mark the family name
            'Smith, Alice' | Smith | Alice
            TANAKA Yuki | TANAKA | Yuki
            Ka Wai WONG | WONG | Ka Wai
            # romanised East Asian names: told by a common surname first
            Tanaka Yuki | Tanaka | Yuki
            Kim Min-ji | Kim | Min-ji
            Wong Ka Wai | Wong | Ka Wai
            # what the rules cannot split stays whole as the family name
            Prabowo | Prabowo |
            爱新觉罗溥仪 | 爱新觉罗溥仪 |
            ゆうこ | ゆうこ |
            ' ' | |
            """)
    void splitsANameWrittenInOneLineByTheRulesOfItsScript(String written, String familyName, String givenName) {
        assertThat(PersonNames.split(written)).isEqualTo(new PersonName(familyName, givenName));
    }

    @Test
    void aNameIsWrittenInTheOrderOfItsScript() {
        assertThat(new PersonName("田中", "裕子").written()).isEqualTo("田中裕子");
        assertThat(new PersonName("김", "민지").written()).isEqualTo("김민지");
        assertThat(new PersonName("Kim", "Minji").written()).isEqualTo("Minji Kim");
        assertThat(new PersonName("田中", "Yuki").written()).isEqualTo("田中 Yuki");
        assertThat(new PersonName("Prabowo", null).written()).isEqualTo("Prabowo");
        assertThat(new PersonName(null, "Yuki").written()).isEqualTo("Yuki");
    }
}
