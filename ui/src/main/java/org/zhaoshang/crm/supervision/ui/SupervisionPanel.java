package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.problem.Problems;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.InstructionRow;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key project in full, for the lead's supervision tab and the leader's page of it: its designation (managers
 * designate, change, stop), its light with the reasons and every change of it, its problems with their history and the
 * actions the caller may take (raise one, note progress, resolve, close, reopen, a talk, an instruction), the leader's
 * instructions, and the progress that counted. A lead that is not a key project this year shows its problems, and
 * managers may designate it.
 */
final class SupervisionPanel extends VerticalLayout implements LeadTab.Panel {

    static final String KEY = "supervision";

    private final QueryGateway queries;
    private final CommandSender sender;
    private final PeopleDirectory directory;
    private final Caller caller;
    private final SupervisionWords words;
    private final Runnable changed;
    private final Div content = new Div();
    /** What is shown (tests). */
    KeyProjectDossier dossier;
    final List<ProblemItem> problems = new ArrayList<>();
    Button designate;
    Button stop;
    Button raise;
    Button instruct;
    private Shown shown;

    /** What the panel shows: a lead of a year, and whether the caller may raise problems on it and works on it. */
    private record Shown(int year, String leadId, String company, boolean mayRaise, boolean worksOnLead) {
    }

    SupervisionPanel(QueryGateway queries, CommandSender sender, PeopleDirectory directory, Caller caller,
                     SupervisionWords words, Runnable changed) {
        this.queries = queries;
        this.sender = sender;
        this.directory = directory;
        this.caller = caller;
        this.words = words;
        this.changed = changed;
        addClassName("supervision-panel");
        setPadding(false);
        content.setWidthFull();
        add(content);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return words.t("lead.tab.supervision");
    }

    @Override
    public Component component() {
        return this;
    }

    /** On a lead: staff and managers only (never an ambassador), for this year. */
    @Override
    public boolean show(LeadDetail lead) {
        if (!caller.seesAllLeads()) {
            return false;
        }
        String zh = lead.company().nameZh();
        String en = lead.company().nameEn();
        String company = zh != null && en != null ? zh + " · " + en : zh != null ? zh : en;
        show(LocalDate.now(BureauTime.ZONE).getYear(), lead.leadId(), company,
             lead.mayChangeFacts(), lead.mayChangeFacts());
        return true;
    }

    /** What the read model answered for the shown lead. */
    private record Loaded(KeyProjectDossier dossier, List<ProblemRow> problems) {
    }

    private Loaded loaded;

    /** Shows the key project of the year (or the lead's problems when it is none); false when there is nothing. */
    boolean show(int year, String leadId, String company, boolean mayRaise, boolean worksOnLead) {
        shown = new Shown(year, leadId, company, mayRaise, worksOnLead);
        return render(load());
    }

    private Loaded load() {
        KeyProjectDossier found = find(shown.year(), shown.leadId());
        return new Loaded(found, found != null ? found.problems() : lookUpProblems(shown.leadId()));
    }

    private boolean render(Loaded answer) {
        loaded = answer;
        dossier = answer.dossier();
        String company = shown.company();
        content.removeAll();
        problems.clear();
        designate = null;
        stop = null;
        instruct = null;
        KeyProjectRow row = dossier == null ? null : dossier.row();
        String title = row == null ? company : row.company();
        content.add(designation(row, title));
        if (row != null) {
            content.add(light(row));
        }
        List<ProblemRow> rows = answer.problems();
        content.add(problems(rows, row, title));
        if (dossier != null) {
            content.add(instructions(dossier.instructions()), progress(dossier));
        }
        return dossier != null || !rows.isEmpty() || caller.seesAllLeads();
    }

    /** After an action: what it changed, once the read model has it. */
    private void reload() {
        if (shown != null) {
            render(ReadModelLag.changedFrom(loaded, this::load));
        }
        changed.run();
    }

    private KeyProjectDossier find(int year, String leadId) {
        try {
            return queries.query(new FindKeyProjectQuery(year, leadId, null, null),
                                 ResponseTypes.instanceOf(KeyProjectDossier.class)).join();
        } catch (RuntimeException failure) {
            if (Problems.of(failure).unexpected()) {
                throw failure;
            }
            return null; // not a key project (or not one the caller may see): nothing to show of it
        }
    }

    private List<ProblemRow> lookUpProblems(String leadId) {
        try {
            ProblemList list = queries.query(new FindProblemsQuery(null, null, null, leadId, null),
                                             ResponseTypes.instanceOf(ProblemList.class)).join();
            return list == null ? List.of() : list.rows();
        } catch (RuntimeException failure) {
            if (Problems.of(failure).unexpected()) {
                throw failure;
            }
            return List.of();
        }
    }

    private boolean leads(KeyProjectRow row) {
        return row != null && caller.has(Role.LEADER) && caller.id().equals(row.leader());
    }

    private Div designation(KeyProjectRow row, String company) {
        Div section = section("supervision.section.designation");
        boolean manager = caller.has(Role.MANAGER);
        boolean stopped = dossier != null && dossier.stoppedReason() != null;
        if (row == null) {
            section.add(new Div(words.t("supervision.notKey", String.valueOf(shown.year()))));
        } else {
            Div facts = new Div();
            facts.addClassName("key-project-facts");
            fact(facts, "supervision.card.year", String.valueOf(row.year()));
            fact(facts, "supervision.card.leader", words.person(row.leader()));
            fact(facts, "supervision.card.department", words.department(row.department()));
            fact(facts, "supervision.card.owner", words.person(row.owner()));
            fact(facts, "supervision.card.goal", row.goal());
            fact(facts, "supervision.card.designatedOn", words.date(row.designatedOn()));
            section.add(facts);
            if (stopped) {
                Span badge = new Span(words.t("supervision.stopped", dossier.stoppedReason()));
                badge.addClassName("key-project-stopped");
                section.add(new Div(badge));
            }
        }
        FlexLayout buttons = buttons();
        if (manager) {
            designate = new Button(words.t(row == null || stopped ? "supervision.designate" : "supervision.change"),
                                   click -> new DesignationDialog(words, sender, directory, shown.year(), shown.leadId(),
                                                                  company, stopped ? null : row, this::reload).open());
            designate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            buttons.add(designate);
            if (row != null && !stopped) {
                stop = new Button(words.t("supervision.stop"),
                                  click -> DesignationDialog.stop(words, sender, shown.year(), shown.leadId(), company,
                                                                  this::reload).open());
                stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                buttons.add(stop);
            }
        }
        if (leads(row) && !stopped) {
            instruct = new Button(words.t("supervision.instruction.open"),
                                  click -> new InstructionDialog(words, sender, row.year(), row.leadId(), company, null,
                                                                 this::reload).open());
            instruct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            buttons.add(instruct);
        }
        if (buttons.getComponentCount() > 0) {
            section.add(buttons);
        }
        if (dossier != null && dossier.designations().size() > 1) {
            UnorderedList history = new UnorderedList();
            history.addClassName("designation-history");
            dossier.designations().forEach(entry -> history.add(new ListItem(entry.stoppedReason() != null
                    ? words.t("supervision.designation.stoppedEntry", words.date(entry.on()), words.person(entry.by()),
                              entry.stoppedReason())
                    : words.t("supervision.designation.entry", words.date(entry.on()), words.person(entry.by()),
                              words.person(entry.leader()), words.department(entry.department()), entry.goal()))));
            section.add(history);
        }
        return section;
    }

    private Div light(KeyProjectRow row) {
        Div section = section("supervision.section.light");
        Map<String, String> problemTexts = problemTexts(dossier.problems());
        Div now = new Div(words.light(row.light()));
        now.addClassName("light-now");
        section.add(now);
        if (row.reasons().isEmpty()) {
            section.add(new Div(words.t("supervision.light.allWell")));
        } else {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("key-project-reasons");
            row.reasons().forEach(reason -> reasons.add(new ListItem(words.reason(reason, problemTexts))));
            section.add(reasons);
        }
        if (row.promise() != null) {
            section.add(new Div(words.t("supervision.card.promise") + "：" + KeyProjectCard.promise(row.promise(), words)));
        }
        Div lastProgress = new Div(row.lastProgressOn() == null
                ? words.t("supervision.card.noProgress", row.daysWithoutProgress())
                : words.t("supervision.card.progressOn", words.date(row.lastProgressOn()), row.daysWithoutProgress()));
        section.add(lastProgress);
        if (!dossier.lights().isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.addClassName("light-history");
            for (int index = dossier.lights().size() - 1; index >= 0; index--) {
                KeyProjectDossier.LightChange change = dossier.lights().get(index);
                ListItem item = new ListItem(new Span(words.t("supervision.light.from", words.date(change.from())) + " "),
                                             words.light(change.light()));
                if (!change.reasons().isEmpty()) {
                    item.add(new Span(" " + change.reasons().stream()
                                                   .map(reason -> words.reason(reason, problemTexts))
                                                   .reduce((a, b) -> a + words.t("list.separator") + b).orElse("")));
                }
                history.add(item);
            }
            section.add(new Div(new Span(words.t("supervision.light.history"))), history);
        }
        return section;
    }

    private Div problems(List<ProblemRow> rows, KeyProjectRow row, String company) {
        Div section = section("supervision.section.problems");
        if (shown.mayRaise()) {
            raise = new Button(words.t("supervision.problem.raise"),
                               click -> new RaiseProblemDialog(words, sender, shown.leadId(), company, this::reload)
                                       .open());
            raise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            section.add(buttons(raise));
        } else {
            raise = null;
        }
        if (rows.isEmpty()) {
            section.add(new Div(words.t("supervision.problems.none")));
        }
        ProblemRights rights = new ProblemRights(caller, directory.departmentOf(caller.id()), shown.worksOnLead(),
                                                 leads(row));
        for (ProblemRow problem : rows) {
            ProblemItem item = new ProblemItem(problem, words, rights, sender, false, shown.year(), this::reload);
            problems.add(item);
            section.add(item);
        }
        return section;
    }

    private Div instructions(List<InstructionRow> rows) {
        Div section = section("supervision.section.instructions");
        if (rows.isEmpty()) {
            section.add(new Div(words.t("supervision.instructions.none")));
        }
        Map<String, String> problemTexts = problemTexts(dossier.problems());
        UnorderedList list = new UnorderedList();
        list.addClassName("instructions");
        rows.forEach(instruction -> list.add(new ListItem(instruction(instruction, problemTexts, words))));
        section.add(list);
        return section;
    }

    static String instruction(InstructionRow instruction, Map<String, String> problemTexts, SupervisionWords words) {
        String about = instruction.problemId() == null ? ""
                : words.t("supervision.instruction.about",
                          SupervisionWords.shortly(problemTexts.getOrDefault(instruction.problemId(), "")));
        return words.t("supervision.instruction.entry", words.date(instruction.writtenOn()),
                       words.person(instruction.leader()), about, instruction.text());
    }

    private Div progress(KeyProjectDossier shownDossier) {
        Div section = section("supervision.section.progress");
        if (shownDossier.progress().isEmpty()) {
            section.add(new Div(words.t("supervision.progress.none")));
        }
        UnorderedList list = new UnorderedList();
        shownDossier.progress().forEach(mark -> list.add(new ListItem(
                words.date(mark.on()) + " " + words.t("supervision.signal." + mark.signal().name())
                + (mark.summary() == null ? "" : "：" + mark.summary()))));
        section.add(list);
        return section;
    }

    static Map<String, String> problemTexts(List<ProblemRow> rows) {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.forEach(problem -> texts.put(problem.problemId(), problem.description()));
        return texts;
    }

    private Div section(String titleKey) {
        Div section = new Div();
        section.addClassName("supervision-section");
        H3 title = new H3(words.t(titleKey));
        title.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-s)");
        section.add(title);
        return section;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(words.t(labelKey));
        label.addClassName("fact-label");
        Span shownValue = new Span(value == null ? "—" : value);
        shownValue.addClassName("fact-value");
        facts.add(label, shownValue);
    }

    private static FlexLayout buttons(Component... buttons) {
        FlexLayout layout = new FlexLayout(buttons);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        return layout;
    }
}
