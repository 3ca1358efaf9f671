package org.zhaoshang.crm.shared.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"Open\")", "+SUM(1,2)", "@SUM(1,2)",
                            "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "-5", "="})
    void textThatCouldBeAFormulaGetsAQuote(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Barclays", "招商银行", "5", "2026-03-05", "'=already quoted", " =SUM(1)"})
    void otherTextStaysAsItIs(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo(text);
    }
}
