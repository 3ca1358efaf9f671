package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signed project's facts in the user's words: amounts as the bureau writes them, people by their names. */
final class ProjectWords {

    private final Component view;
    private final PeopleDirectory directory;

    ProjectWords(Component view, PeopleDirectory directory) {
        this.view = view;
        this.directory = directory;
    }

    private static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
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

    /** 2,130 万元, and for a foreign currency what the agreement says: 2,130 万元（300 万 USD × 7.1）. */
    String money(PlannedInvestment money) {
        if (money == null || money.cnyWan() == null) {
            return "—";
        }
        String cny = wan(money.cnyWan());
        return money.currency() == null || money.currency().equals("CNY") ? cny
               : t("project.money.foreign", cny, number(money.amountWan()), money.currency(),
                   number(money.rateToCny()));
    }

    String number(BigDecimal value) {
        return value == null ? "—" : java.text.NumberFormat.getNumberInstance(locale()).format(value);
    }

    String person(String username) {
        return username == null ? "—" : directory.nameOf(username);
    }

    String agreement(ProjectAgreement agreement) {
        return t("project.agreement", t("project.basis." + agreement.basis().name()),
                 agreement.reference() == null ? "—" : agreement.reference(), date(agreement.signedOn()));
    }

    /** 开业运营 for an office, 投产 for land: the same milestone, as each kind calls it. */
    String milestone(Milestone milestone, ProjectKind kind) {
        return Translations.first(locale(), "project.milestone." + milestone.name() + "."
                                                    + (kind == null ? "" : kind.name()))
                           .orElseGet(() -> t("project.milestone." + milestone.name()));
    }

    String fact(ProgressFact fact, ProjectKind kind) {
        return switch (fact.kind()) {
            case CAPITAL_ARRIVED -> t("project.fact.CAPITAL_ARRIVED", wan(fact.amountWan()), date(fact.day()));
            case MILESTONE -> t("project.fact.MILESTONE", milestone(fact.milestone(), kind), date(fact.day()));
            case TAX_PAID -> t("project.fact.TAX_PAID", String.valueOf(fact.year()), wan(fact.amountWan()));
            case JOBS -> t("project.fact.JOBS", number(BigDecimal.valueOf(fact.count())), date(fact.day()));
            case AGREEMENT -> t("project.fact.AGREEMENT", date(fact.day()));
        };
    }

    /** 待认定 / 已认定（王建国，2026-11-02） / 已退回（王建国，2026-11-02）：reason. */
    String state(ProgressEntry entry) {
        return switch (entry.state()) {
            case PENDING -> t("project.state.PENDING");
            case APPROVED -> t("project.state.APPROVED", person(entry.decidedBy()), date(entry.decidedOn()));
            case RETURNED -> t("project.state.RETURNED", person(entry.decidedBy()), date(entry.decidedOn()),
                               entry.reason() == null ? "" : entry.reason());
        };
    }

    /** 已撤回：王建国，2026-11-02。原因：… */
    String withdrawal(ProjectView.ProjectWithdrawal withdrawal) {
        return t("project.withdrawn", person(withdrawal.by()), date(withdrawal.on()),
                 withdrawal.reason() == null ? "" : withdrawal.reason());
    }

    String recorded(ProgressEntry entry) {
        return t("project.recordedBy", person(entry.recordedBy()), date(entry.recordedOn()));
    }
}
