package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.ui.BureauFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A report's facts in the user's words: periods, days, 万元 and rates as a bureau writes them, lights with a word. */
final class ReportWords {

    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Component view;
    private final PeopleDirectory directory;
    private final QueryGateway queries;
    private Map<String, Department> departments;

    ReportWords(Component view, PeopleDirectory directory, QueryGateway queries) {
        this.view = view;
        this.directory = directory;
        this.queries = queries;
    }

    String person(String username) {
        return username == null ? "—" : directory.nameOf(username);
    }

    /** The department's name in the user's language; the code when the list does not know it. */
    String department(String code) {
        if (code == null) {
            return "—";
        }
        if (departments == null) {
            departments = new HashMap<>();
            List<Department> all = queries.query(new FindDepartmentsQuery(true),
                                                 ResponseTypes.multipleInstancesOf(Department.class)).join();
            if (all != null) {
                all.forEach(department -> departments.put(department.code(), department));
            }
        }
        Department department = departments.get(code);
        if (department == null) {
            return code;
        }
        return chinese() || department.nameEn() == null || department.nameEn().isBlank() ? department.nameZh()
                                                                                         : department.nameEn();
    }

    Locale locale() {
        return UI.getCurrent().getLocale();
    }

    boolean chinese() {
        return locale().getLanguage().equals("zh");
    }

    /** {@code zh} or {@code en}: the language of the downloads. */
    String language() {
        return chinese() ? "zh" : "en";
    }

    String t(String key, Object... arguments) {
        return view.getTranslation(key, arguments);
    }

    /** 2026年第49周（11月30日—12月6日）; Week 49 of 2026 (30 Nov – 6 Dec). */
    String week(IsoWeek week) {
        return t("report.week", String.valueOf(week.year()), String.valueOf(week.week()), day(week.firstDay()),
                 day(week.lastDay()));
    }

    /** After a running period's name: （截至今日）; (so far). Nothing once it has ended. */
    String soFar(LocalDate lastDay, LocalDate today) {
        return lastDay.isBefore(today) ? "" : t("report.soFar");
    }

    /** 2026年11月; November 2026. */
    String month(YearMonth month) {
        return chinese() ? month.getYear() + "年" + month.getMonthValue() + "月" : ENGLISH_MONTH.format(month);
    }

    /** A day within a period: 11月30日, 30 Nov. */
    String day(LocalDate day) {
        return day == null ? "—" : (chinese() ? CHINESE_DAY : ENGLISH_DAY).format(day);
    }

    String date(LocalDate day) {
        return day == null ? "—" : BureauFormats.date(day, locale());
    }

    String wan(BigDecimal amountWan) {
        return amountWan == null ? "—" : BureauFormats.amountWan(amountWan, locale());
    }

    /** 66.7%; a dash when there is nothing to divide by. */
    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "—";
        }
        BigDecimal percent = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }

    /** A light as a coloured badge with its word (红灯 / Red), never the colour alone. */
    Span light(Light light) {
        if (light == null) {
            return new Span("—");
        }
        Span badge = new Span(t("supervision.light." + light.name()));
        badge.addClassNames("light-badge", "light-" + light.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    String stage(Enum<?> stage) {
        return stage == null ? "—" : t("stage." + stage.name());
    }

    String market(String market) {
        return market == null || market.isEmpty() ? t("report.market.none") : t("market." + market);
    }
}
