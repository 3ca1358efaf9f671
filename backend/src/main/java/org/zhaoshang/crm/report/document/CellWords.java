package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.shared.api.WanAmounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/** A cell as Word writes it: amounts in 万元 or 亿元, shares as percentages, counts with separators, days. */
final class CellWords {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CellWords() {
    }

    static String written(Cell cell, ReportWords words) {
        if (cell instanceof Cell.Count count) {
            return NumberFormat.getIntegerInstance(words.language().locale()).format(count.value());
        }
        if (cell instanceof Cell.Wan wan) {
            return WanAmounts.written(wan.wan(), words.language().locale());
        }
        if (cell instanceof Cell.Share share) {
            return percent(share.share());
        }
        if (cell instanceof Cell.Day day) {
            return words.day(day.day());
        }
        return ((Cell.Text) cell).text();
    }

    /** 0.1234 is 12.3%. */
    static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
