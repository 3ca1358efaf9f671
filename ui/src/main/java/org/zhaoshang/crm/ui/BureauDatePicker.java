package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every date field of the UI: its calendar in the user's language with the week from Monday; a date shown as the
 * grids show it ({@link BureauFormats#date}); read as the user's language writes it ({@link BureauFormats#readDate}:
 * ISO dates in both, day before month in English, never the US order). What is not a date is said so at the field,
 * and a form that holds one sends nothing ({@link FieldErrors#readable()}).
 */
public class BureauDatePicker extends DatePicker {

    /**
     * Patterns (date-fns) the browser reads by itself; the first writes the date, as {@link BureauFormats#date} does.
     * Anything else typed goes to the server, which reads what {@link BureauFormats#readDate} reads.
     */
    private static final List<String> CHINESE_FORMATS = List.of("yyyy-MM-dd", "yyyy年MM月dd日", "yyyy/MM/dd");
    private static final List<String> ENGLISH_FORMATS = List.of("d MMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy",
                                                                "dd MMM yyyy", "d MMMM yyyy");

    private final boolean chinese;
    private final DatePickerI18n texts;

    public BureauDatePicker() {
        Locale language = getLocale();
        chinese = language.getLanguage().equals("zh");
        List<String> formats = chinese ? CHINESE_FORMATS : ENGLISH_FORMATS;
        texts = new DatePickerI18n()
                .setDateFormats(formats.get(0), formats.subList(1, formats.size()).toArray(String[]::new))
                .setMonthNames(Stream.of(Month.values())
                                     .map(month -> month.getDisplayName(chinese ? TextStyle.SHORT : TextStyle.FULL,
                                                                        language)).toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, language))
                .setWeekdaysShort(sundayFirst(chinese ? TextStyle.NARROW : TextStyle.SHORT, language))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("date.cancel"))
                .setBadInputErrorMessage(getTranslation("date.notADate"));
        setI18n(texts);
        String notADate = getTranslation("date.notADate");
        setFallbackParser(typed -> BureauFormats.readDate(typed, language, LocalDate.now(BureauTime.ZONE))
                                                .map(Result::ok).orElseGet(() -> Result.error(notADate)));
    }

    public BureauDatePicker(String label) {
        this();
        setLabel(label);
    }

    /** A date was typed that is not one (the field shows the text, its value is empty). */
    public boolean hasBadInput() {
        return getValue() == null && isInputValuePresent();
    }

    @Override
    protected void validate() {
        super.validate();
        if (hasBadInput()) {
            // over any message a command's rule left at the field: this is what is wrong now
            setErrorMessage(getTranslation("date.notADate"));
            setInvalid(true);
        }
    }

    @Override
    public void setMin(LocalDate min) {
        super.setMin(min);
        texts.setMinErrorMessage(min == null ? null : getTranslation("date.min", BureauFormats.date(min, getLocale())));
        setI18n(texts);
    }

    @Override
    public void setMax(LocalDate max) {
        super.setMax(max);
        texts.setMaxErrorMessage(max == null ? null : getTranslation("date.max", BureauFormats.date(max, getLocale())));
        setI18n(texts);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (chinese) {
            // the calendar's title as Chinese writes it, 2026年12月 (Vaadin's Java i18n cannot set this function)
            getElement().executeJs("this.i18n = Object.assign({}, this.i18n, "
                                   + "{formatTitle: (monthName, fullYear) => fullYear + '年' + monthName})");
        }
    }

    private static List<String> sundayFirst(TextStyle style, Locale language) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(6))
                     .map(day -> day.getDisplayName(style, language)).toList();
    }
}
