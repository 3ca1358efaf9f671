package org.zhaoshang.crm.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BureauFormatsTest {

    @Test
    void chineseAmountsIn万元Below一亿And亿元Above() {
        assertThat(BureauFormats.amountWan(new BigDecimal("1104"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,104 万元");
        assertThat(BureauFormats.amountWan(new BigDecimal("9999.5"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("9,999.5 万元");
        assertThat(BureauFormats.amountWan(new BigDecimal("85000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("8.5 亿元");
        assertThat(BureauFormats.amountWan(new BigDecimal("150000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("15 亿元");
    }

    @Test
    void englishAmountsInMillionsAndBillionsOfCny() {
        assertThat(BureauFormats.amountWan(new BigDecimal("1104"), Locale.ENGLISH)).isEqualTo("CNY 11.04 million");
        assertThat(BureauFormats.amountWan(new BigDecimal("150000"), Locale.ENGLISH)).isEqualTo("CNY 1.5 billion");
    }

    @Test
    void datesAsBureauDocumentsWriteThem() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        assertThat(BureauFormats.date(day, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-11-28");
        assertThat(BureauFormats.date(day, Locale.ENGLISH)).isEqualTo("28 Nov 2026");
    }
}
