package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Supervision's facts in the user's words: lights and cards as a colour with a word (never the colour alone), people
 * by their names, departments by their name in the user's language, days and 万元 as the bureau writes them.
 */
final class SupervisionWords {

    private final Component view;
    private final PeopleDirectory directory;
    private final QueryGateway queries;
    private Map<String, Department> departments;

    SupervisionWords(Component view, PeopleDirectory directory, QueryGateway queries) {
        this.view = view;
        this.directory = directory;
        this.queries = queries;
    }

    Locale locale() {
        return UI.getCurrent().getLocale();
    }

    String t(String key, Object... arguments) {
        return view.getTranslation(key, arguments);
    }

    String date(LocalDate day) {
        return day == null ? "—" : BureauFormats.date(day, locale());
    }

    String wan(BigDecimal amountWan) {
        return amountWan == null ? "—" : BureauFormats.amountWan(amountWan, locale());
    }

    String person(String username) {
        return username == null ? "—" : directory.nameOf(username);
    }

    /** Every department, retired ones too, by code, asked once per view. */
    Map<String, Department> departments() {
        if (departments == null) {
            departments = new LinkedHashMap<>();
            List<Department> all = queries.query(new FindDepartmentsQuery(true),
                                                 ResponseTypes.multipleInstancesOf(Department.class)).join();
            if (all != null) {
                all.forEach(department -> departments.put(department.code(), department));
            }
        }
        return departments;
    }

    /** The departments new work may be handed to. */
    List<Department> activeDepartments() {
        return departments().values().stream().filter(department -> !department.retired()).toList();
    }

    /** The department's name in the user's language; the code when the list does not know it. */
    String department(String code) {
        if (code == null) {
            return "—";
        }
        return Optional.ofNullable(departments().get(code)).map(this::name).orElse(code);
    }

    String name(Department department) {
        return locale().getLanguage().equals("zh") || department.nameEn() == null || department.nameEn().isBlank()
               ? department.nameZh() : department.nameEn();
    }

    /** A light as a coloured badge with its word: 红灯 / Red. */
    Span light(Light light) {
        Span badge = new Span(t("supervision.light." + light.name()));
        badge.addClassNames("light-badge", "light-" + light.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** An open problem's card (黄牌, 红牌), or nothing when it has none. */
    Optional<Span> card(Escalation escalation) {
        if (escalation == null || escalation == Escalation.NONE) {
            return Optional.empty();
        }
        Span badge = new Span(t("supervision.card." + escalation.name()));
        badge.addClassNames("light-badge", "card-" + escalation.name().toLowerCase(Locale.ROOT));
        return Optional.of(badge);
    }

    String status(ProblemRow problem) {
        return t("supervision.status." + problem.status().name());
    }

    /** Why the light is what it is, in a sentence: 问题“…”逾期 20 天，已亮红牌. */
    String reason(LightReason reason, Map<String, String> problemTexts) {
        String subject = "";
        if (reason.kind() == LightReason.Kind.MILESTONE_OVERDUE && reason.subject() != null) {
            subject = Translations.first(locale(), "project.milestone." + reason.subject())
                                                       .orElse(reason.subject());
        } else if (reason.subject() != null && problemTexts.containsKey(reason.subject())) {
            subject = t("supervision.reason.about", shortly(problemTexts.get(reason.subject())));
        }
        return t("supervision.reason." + reason.kind().name(), reason.days(), subject);
    }

    /** A problem's description cut to a line. */
    static String shortly(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
