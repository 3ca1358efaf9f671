package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.ui.DateTyping.typeUnreadable;

class BureauDatePickerTest extends KaribuSpringTest {

    private static BureauDatePicker picker(Locale language) {
        UI.getCurrent().setLocale(language);
        BureauDatePicker picker = new BureauDatePicker("Day");
        UI.getCurrent().add(picker);
        return picker;
    }

    @Test
    void aChineseCalendarWritesDatesAsTheGridsDoAndReadsChineseDates() {
        DatePicker.DatePickerI18n texts = picker(Locale.SIMPLIFIED_CHINESE).getI18n();

        assertThat(texts.getDateFormats()).startsWith("yyyy-MM-dd").contains("yyyy年MM月dd日");
        assertThat(BureauFormats.date(LocalDate.of(2026, 12, 13), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-12-13");
        assertThat(texts.getMonthNames()).startsWith("1月").endsWith("12月");
        assertThat(texts.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
        assertThat(texts.getWeekdays()).startsWith("星期日", "星期一");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getToday()).isEqualTo("今天");
        assertThat(texts.getCancel()).isEqualTo("取消");
    }

    @Test
    void anEnglishCalendarWritesTheDayFirstAsTheGridsDoAndNeverReadsMonthBeforeDay() {
        DatePicker.DatePickerI18n texts = picker(Locale.ENGLISH).getI18n();

        assertThat(texts.getDateFormats()).startsWith("d MMM yyyy").contains("yyyy-MM-dd", "dd/MM/yyyy")
                                          .noneMatch(format -> format.startsWith("M"));
        assertThat(BureauFormats.date(LocalDate.of(2026, 12, 13), Locale.ENGLISH)).isEqualTo("13 Dec 2026");
        assertThat(texts.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(texts.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getToday()).isEqualTo("Today");
        assertThat(texts.getCancel()).isEqualTo("Cancel");
    }

    @Test
    void whatTheBrowserCannotReadTheServerReadsAsTheLanguageWritesIt() {
        BureauDatePicker chinese = picker(Locale.SIMPLIFIED_CHINESE);
        typeUnreadable(chinese, "２０２６年１２月５日");
        assertThat(chinese.getValue()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(chinese.isInvalid()).isFalse();

        BureauDatePicker english = picker(Locale.ENGLISH);
        typeUnreadable(english, "4/12");
        assertThat(english.getValue()).isEqualTo(LocalDate.of(LocalDate.now(BureauTime.ZONE).getYear(), 12, 4));
    }

    @Test
    void aBadEntryIsNotADateInChineseAtTheFieldAndItsFormSendsNothing() {
        BureauDatePicker field = picker(Locale.SIMPLIFIED_CHINESE);
        FieldErrors errors = new FieldErrors().field("dueOn", field);
        field.setErrorMessage("必填");

        typeUnreadable(field, "下周三");

        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("不是日期：请写作 2026-12-05 或 2026年12月5日");
        assertThat(errors.readable()).isFalse();
    }

    @Test
    void aMonthBeforeTheDayIsNotADateInEnglish() {
        BureauDatePicker field = picker(Locale.ENGLISH);
        FieldErrors errors = new FieldErrors().field("dueOn", field);

        typeUnreadable(field, "12/13/2026");

        assertThat(field.getValue()).isNull();
        assertThat(field.getErrorMessage()).startsWith("Not a date");
        assertThat(errors.readable()).isFalse();
        typeUnreadable(field, "13/12/2026");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(field.isInvalid()).isFalse();
        assertThat(errors.readable()).isTrue();
    }

    @Test
    void theEarliestDayIsSaidAsTheGridsWriteIt() {
        BureauDatePicker field = picker(Locale.ENGLISH);
        field.setMin(LocalDate.of(2026, 12, 6));

        assertThat(field.getI18n().getMinErrorMessage()).isEqualTo("Not before 6 Dec 2026");
    }
}
