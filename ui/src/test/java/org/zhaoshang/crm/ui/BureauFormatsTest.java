package org.zhaoshang.crm.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate FIFTH_OF_DECEMBER = LocalDate.of(2026, 12, 5);

    @Test
    void chineseReadsIsoAndYearFirstDatesAsTypedWithAChineseInputMethod() {
        for (String typed : List.of("2026-12-05", "2026-12-5", "2026年12月5日", "2026 年 12 月 5 日", "2026/12/5",
                                    "2026.12.05", "20261205", "２０２６－１２－０５", "２０２６年１２月５日", " 2026-12-05 ")) {
            assertThat(BureauFormats.readDate(typed, Locale.SIMPLIFIED_CHINESE, TODAY)).as(typed)
                                                                                     .contains(FIFTH_OF_DECEMBER);
        }
        assertThat(BureauFormats.readDate("12月5日", Locale.SIMPLIFIED_CHINESE, TODAY)).contains(FIFTH_OF_DECEMBER);
    }

    @Test
    void chineseNeverGuessesWhichOfTwoNumbersIsTheDay() {
        for (String typed : List.of("05/12/2026", "12/05/2026", "5 Dec 2026", "4/12")) {
            assertThat(BureauFormats.readDate(typed, Locale.SIMPLIFIED_CHINESE, TODAY)).as(typed).isEmpty();
        }
    }

    @Test
    void englishReadsTheDayBeforeTheMonthAsTheUkWritesItAndIsoDates() {
        for (String typed : List.of("5 Dec 2026", "05 dec 2026", "5 December 2026", "Dec 5, 2026", "05/12/2026",
                                    "5/12/2026", "5/12/26", "5.12.2026", "2026-12-05", "2026/12/05",
                                    "2026年12月5日")) {
            assertThat(BureauFormats.readDate(typed, Locale.ENGLISH, TODAY)).as(typed).contains(FIFTH_OF_DECEMBER);
        }
        assertThat(BureauFormats.readDate("4/12", Locale.ENGLISH, TODAY)).contains(LocalDate.of(2026, 12, 4));
        assertThat(BureauFormats.readDate("5 Dec", Locale.ENGLISH, TODAY)).contains(FIFTH_OF_DECEMBER);
    }

    @Test
    void whatIsNotADateIsNone() {
        for (String typed : List.of("12/13/2026", "31/2/2026", "29/2", "2026-13-45", "2026-02-30", "tomorrow", "",
                                    "5 Dez 2026", "1".repeat(41), "2026-12-05-2026-12-05-2026-12-05-2026-12-05")) {
            assertThat(BureauFormats.readDate(typed, Locale.ENGLISH, TODAY)).as(typed).isEmpty();
            assertThat(BureauFormats.readDate(typed, Locale.SIMPLIFIED_CHINESE, TODAY)).as(typed).isEmpty();
        }
        assertThat(BureauFormats.readDate(null, Locale.ENGLISH, TODAY)).isEmpty();
    }
}
