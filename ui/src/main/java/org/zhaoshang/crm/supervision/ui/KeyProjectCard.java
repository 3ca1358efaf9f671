package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.util.Locale;
import java.util.Map;

/**
 * One key project as a card a leader reads on a phone: light with its word, company, stage, department, last progress
 * and the days since, open and overdue problems, promised against actual where signed, the reasons of the light in
 * words, and the instruction button for the project's own leader.
 */
final class KeyProjectCard extends Div {

    /** The instruction button, or null when the reader is not the project's leader. */
    final Button instruct;
    final String leadId;

    KeyProjectCard(KeyProjectRow row, SupervisionWords words, boolean showLeader, boolean mayInstruct,
                   Map<String, String> problemTexts, Runnable instruction) {
        leadId = row.leadId();
        addClassNames("key-project-card", "light-edge-" + row.light().name().toLowerCase(Locale.ROOT));
        Div head = new Div(words.light(row.light()), link(row));
        head.addClassName("key-project-head");
        add(head);
        Div facts = new Div();
        facts.addClassName("key-project-facts");
        fact(facts, words.t("supervision.card.stage"), words.t("stage." + row.stage().name()));
        fact(facts, words.t("supervision.card.department"), words.department(row.department()));
        if (showLeader) {
            fact(facts, words.t("supervision.card.leader"), words.person(row.leader()));
        }
        fact(facts, words.t("supervision.card.lastProgress"), row.lastProgressOn() == null
                ? words.t("supervision.card.noProgress", row.daysWithoutProgress())
                : words.t("supervision.card.progressOn", words.date(row.lastProgressOn()), row.daysWithoutProgress()));
        fact(facts, words.t("supervision.card.problems"),
             words.t("supervision.card.problemCounts", row.openProblems(), row.overdueProblems(), row.redProblems()));
        if (row.promise() != null) {
            fact(facts, words.t("supervision.card.promise"), promise(row.promise(), words));
        }
        add(facts);
        if (!row.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("key-project-reasons");
            row.reasons().forEach(reason -> reasons.add(new ListItem(words.reason(reason, problemTexts))));
            add(reasons);
        }
        if (mayInstruct) {
            instruct = new Button(words.t("supervision.instruction.open"), VaadinIcon.EDIT.create(),
                                  click -> instruction.run());
            instruct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            instruct.addClassName("instruct-button");
            add(instruct);
        } else {
            instruct = null;
        }
    }

    private static Anchor link(KeyProjectRow row) {
        Anchor company = new Anchor(KeyProjectView.href(row.year(), row.leadId()), row.company());
        company.addClassName("key-project-company");
        return company;
    }

    private static void fact(Div facts, String label, String value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span shown = new Span(value);
        shown.addClassName("fact-value");
        facts.add(name, shown);
    }

    /** 到资 承诺 5,000 万元 · 应到 3,000 万元 · 已到 1,000 万元; 注册逾期 40 天. */
    static String promise(ProjectPromise promise, SupervisionWords words) {
        StringBuilder text = new StringBuilder(words.t("supervision.card.capital", words.wan(promise.capitalCommittedWan()),
                                                       words.wan(promise.capitalDueWan()),
                                                       words.wan(promise.capitalVerifiedWan())));
        for (MilestoneDue milestone : promise.milestones()) {
            if (milestone.daysOverdue() > 0) {
                text.append(words.t("list.separator"))
                    .append(words.t("supervision.card.milestoneOverdue",
                                    words.t("project.milestone." + milestone.milestone().name()),
                                    milestone.daysOverdue()));
            }
        }
        return text.toString();
    }
}
