package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.lead.ui.LeadRows;
import org.zhaoshang.crm.problem.api.command.CloseProblemCommand;
import org.zhaoshang.crm.problem.api.command.NoteProblemProgressCommand;
import org.zhaoshang.crm.problem.api.command.ProblemInput;
import org.zhaoshang.crm.problem.api.command.RecordTalkCommand;
import org.zhaoshang.crm.problem.api.command.ReopenProblemCommand;
import org.zhaoshang.crm.problem.api.command.ResolveProblemCommand;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.supervision.api.query.ProblemEntry;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One problem as a card: what blocks, its card (黄牌, 红牌) and status in words, department, due day and days overdue,
 * who raised it, its history, and the actions the caller may take, each asking what it needs in a small dialog.
 */
final class ProblemItem extends Div {

    final ProblemRow problem;
    final FlexLayout actions = new FlexLayout();

    ProblemItem(ProblemRow problem, SupervisionWords words, ProblemRights rights, CommandSender sender,
                boolean showCompany, int year, Runnable changed) {
        this.problem = problem;
        addClassNames("problem-item", "problem-" + problem.status().name().toLowerCase(Locale.ROOT));
        Div head = new Div();
        head.addClassName("problem-head");
        words.card(problem.escalation()).ifPresent(head::add);
        Span status = new Span(words.status(problem));
        status.addClassNames("problem-status", "status-badge");
        head.add(status);
        if (showCompany) {
            // a leader never opens the lead itself: the key project's page instead
            Anchor company = new Anchor(rights.caller().seesAllLeads()
                                        ? LeadRows.href(problem.leadId()) + "?tab=" + SupervisionPanel.KEY
                                        : KeyProjectView.href(year, problem.leadId()), problem.company());
            company.addClassName("problem-company");
            head.add(company);
        }
        Div description = new Div(problem.description());
        description.addClassName("problem-description");
        Div facts = new Div(new Span(words.t("supervision.problem.facts", words.department(problem.department()),
                                             words.date(problem.dueOn()))));
        facts.addClassName("problem-facts");
        if (problem.daysOverdue() > 0) {
            Span overdue = new Span(words.t("supervision.problem.overdue", problem.daysOverdue()));
            overdue.addClassName("problem-overdue");
            facts.add(new Span(" · "), overdue);
        }
        Div raised = new Div(words.t("supervision.problem.raised", words.person(problem.raisedBy()),
                                     words.date(problem.raisedOn())));
        raised.addClassName("problem-raised");
        add(head, description, facts, raised);
        if (problem.history().size() > 1) {
            UnorderedList steps = new UnorderedList();
            problem.history().forEach(entry -> steps.add(new ListItem(entry(entry, words))));
            Details history = new Details(words.t("supervision.problem.history", problem.history().size()), steps);
            history.addClassName("problem-history");
            add(history);
        }
        actions.addClassName("problem-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        String id = problem.problemId();
        if (rights.note(problem)) {
            action("supervision.problem.note", () -> textDialog(words, sender, "supervision.problem.note",
                    "supervision.problem.noteText", "note", text -> new NoteProblemProgressCommand(id, text, null),
                    true, changed), false);
        }
        if (rights.resolve(problem)) {
            action("supervision.problem.resolve", () -> textDialog(words, sender, "supervision.problem.resolve",
                    "supervision.problem.resolution", "resolution",
                    text -> new ResolveProblemCommand(id, text, null), true, changed), true);
        }
        if (rights.close(problem)) {
            action("supervision.problem.close", () -> textDialog(words, sender, "supervision.problem.close",
                    "supervision.problem.closeNote", "note", text -> new CloseProblemCommand(id, text, null),
                    false, changed), true);
        }
        if (rights.reopen(problem)) {
            action("supervision.problem.reopen", () -> reopenDialog(words, sender, changed), false);
        }
        if (rights.talk(problem)) {
            action("supervision.problem.talk", () -> talkDialog(words, sender, changed), false);
        }
        if (rights.instruct(problem)) {
            action("supervision.instruction.open", () -> new InstructionDialog(words, sender, year, problem.leadId(),
                                                                               problem.company(), id, changed), true);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private void action(String key, Supplier<Dialog> dialog, boolean primary) {
        Button button = new Button(getTranslation(key), click -> dialog.get().open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClassName("problem-action");
        actions.add(button);
    }

    /** The button of this action (tests, by its translation key). */
    Button button(String key) {
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(getTranslation(key)))
                      .findFirst().orElseThrow();
    }

    private static String entry(ProblemEntry entry, SupervisionWords words) {
        return words.t("supervision.entry", words.date(entry.on()), words.person(entry.by()),
                       words.t("supervision.entry." + entry.kind().name()),
                       entry.text() == null ? "" : entry.text());
    }

    private Dialog textDialog(SupervisionWords words, CommandSender sender, String titleKey, String labelKey,
                              String field, Function<String, Object> command, boolean required, Runnable changed) {
        TextArea text = new TextArea(words.t(labelKey));
        text.setMaxLength(ProblemInput.MAX_TEXT_LENGTH);
        text.setRequired(required);
        text.setWidthFull();
        text.setAutofocus(true);
        FieldErrors errors = new FieldErrors().field(field, text);
        return dialog(words.t(titleKey) + " · " + SupervisionWords.shortly(problem.description()),
                      new FormLayout(text), () -> sender.send(command.apply(Texts.stripped(text.getValue())), errors),
                      words, titleKey, changed);
    }

    private Dialog reopenDialog(SupervisionWords words, CommandSender sender, Runnable changed) {
        TextArea reason = new TextArea(words.t("supervision.problem.reopenReason"));
        reason.setMaxLength(ProblemInput.MAX_TEXT_LENGTH);
        reason.setAutofocus(true);
        BureauDatePicker due = new BureauDatePicker(words.t("supervision.problem.newDue"));
        due.setHelperText(words.t("supervision.problem.newDue.help"));
        FieldErrors errors = new FieldErrors().field("reason", reason).field("dueOn", due);
        return dialog(words.t("supervision.problem.reopen") + " · " + SupervisionWords.shortly(problem.description()),
                      new FormLayout(reason, due),
                      () -> sender.send(new ReopenProblemCommand(problem.problemId(), Texts.stripped(reason.getValue()),
                                                                 due.getValue(), null), errors),
                      words, "supervision.problem.reopen", changed);
    }

    private Dialog talkDialog(SupervisionWords words, CommandSender sender, Runnable changed) {
        BureauDatePicker heldOn = new BureauDatePicker(words.t("supervision.talk.heldOn"));
        heldOn.setValue(LocalDate.now(BureauTime.ZONE));
        TextField participants = new TextField(words.t("supervision.talk.participants"));
        participants.setMaxLength(Violations.MAX_NAME_LENGTH);
        TextArea summary = new TextArea(words.t("supervision.talk.summary"));
        summary.setMaxLength(ProblemInput.MAX_TEXT_LENGTH);
        FieldErrors errors = new FieldErrors().field("heldOn", heldOn).field("participants", participants)
                                              .field("summary", summary);
        return dialog(words.t("supervision.problem.talk") + " · " + SupervisionWords.shortly(problem.description()),
                      new FormLayout(heldOn, participants, summary),
                      () -> sender.send(new RecordTalkCommand(problem.problemId(), heldOn.getValue(),
                                                              Texts.stripped(participants.getValue()),
                                                              Texts.stripped(summary.getValue()), null), errors),
                      words, "supervision.problem.talk", changed);
    }

    private Dialog dialog(String title, FormLayout fields, BooleanSupplier send,
                          SupervisionWords words, String doneKey, Runnable changed) {
        Dialog dialog = new Dialog(title);
        dialog.addClassName("problem-dialog");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(fields);
        dialog.setWidth("min(32rem, 95vw)");
        Button confirm = new Button(words.t("lead.dialog.confirm"), click -> {
            if (send.getAsBoolean()) {
                dialog.close();
                Toast.done(words.t("supervision.done", words.t(doneKey), SupervisionWords.shortly(problem.description())));
                changed.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("lead.form.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }
}
