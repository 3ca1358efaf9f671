package org.zhaoshang.crm.report.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a cell of a report's table holds: Word writes it in words, Excel keeps numbers and days as such. */
sealed interface Cell {

    Cell EMPTY = new Text("");

    static Cell text(String text) {
        return new Text(text == null ? "" : text);
    }

    static Cell count(long value) {
        return new Count(value);
    }

    /** An amount in 万元; none is an empty cell. */
    static Cell wan(BigDecimal wan) {
        return wan == null ? EMPTY : new Wan(wan);
    }

    /** A share (0.1234 is 12.3%); none is an empty cell. */
    static Cell share(BigDecimal share) {
        return share == null ? EMPTY : new Share(share);
    }

    static Cell day(LocalDate day) {
        return day == null ? EMPTY : new Day(day);
    }

    /** Text; several lines are separated by line breaks. */
    record Text(String text) implements Cell {
    }

    record Count(long value) implements Cell {
    }

    record Wan(BigDecimal wan) implements Cell {
    }

    record Share(BigDecimal share) implements Cell {
    }

    record Day(LocalDate day) implements Cell {
    }
}
