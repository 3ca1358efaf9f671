package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The rules of escalation and of the key projects' lights (domain.md's defaults until changed): each number with what
 * it means, what counts as progress, and the day the change applies from (never before today: the past keeps its
 * rules); every change with who made it and when.
 */
class LightRulesPanel extends VerticalLayout {

    /** The numbers of the rules, by the names the command's violations use. */
    final Map<String, IntegerField> numbers;
    final CheckboxGroup<ProgressSignal> progress = new CheckboxGroup<>();
    final BureauDatePicker effectiveFrom = new BureauDatePicker();
    final Button save = new Button();
    final Grid<LightRulesHistory.Change> changes = new Grid<>();
    private final QueryGateway queries;
    private final PeopleDirectory directory;
    private final CommandSender sender;
    /** The rules' version to change them against; null before the first change. */
    private Long version;
    private LightRulesHistory history;

    LightRulesPanel(CommandGateway commands, QueryGateway queries, PeopleDirectory directory) {
        this.queries = queries;
        this.directory = directory;
        sender = new CommandSender(commands, this, this::refresh);
        numbers = new LinkedHashMap<>();
        for (String name : List.of("yellowCardDays", "redCardDays", "yellowMilestoneDays", "redMilestoneDays",
                                   "yellowNoProgressDays", "redNoProgressDays")) {
            IntegerField field = new IntegerField(getTranslation("admin.rules." + name));
            field.setHelperText(getTranslation("admin.rules." + name + ".help"));
            field.setMin(1);
            field.setMax(3650);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("admin.rules.days")));
            numbers.put(name, field);
        }
        progress.setLabel(getTranslation("admin.rules.progress"));
        progress.setItems(ProgressSignal.values());
        progress.setItemLabelGenerator(signal -> getTranslation("supervision.signal." + signal.name()));
        effectiveFrom.setLabel(getTranslation("admin.rules.effectiveFrom"));
        effectiveFrom.setHelperText(getTranslation("admin.rules.effectiveFrom.help"));
        effectiveFrom.setMin(LocalDate.now(BureauTime.ZONE));
        FieldErrors errors = new FieldErrors();
        numbers.forEach((name, field) -> errors.field(name, field).field("rules." + name, field));
        errors.field("progress", progress).field("rules.progress", progress).field("effectiveFrom", effectiveFrom);
        save.setText(getTranslation("admin.rules.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (sender.send(new ChangeLightRulesCommand(rules(), effectiveFrom.getValue(), version), errors)) {
                Toast.done(getTranslation("admin.rules.saved", date(effectiveFrom.getValue() == null
                                                                    ? LocalDate.now(BureauTime.ZONE)
                                                                    : effectiveFrom.getValue())));
                show(ReadModelLag.changedFrom(history, this::read));
            }
        });
        FormLayout form = new FormLayout();
        numbers.values().forEach(form::add);
        form.add(progress, 2);
        form.add(effectiveFrom);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        changes.addColumn(change -> date(change.effectiveFrom())).setHeader(getTranslation("admin.rules.from"))
               .setAutoWidth(true);
        changes.addColumn(change -> summary(change.rules())).setHeader(getTranslation("admin.rules.rules"))
               .setFlexGrow(3);
        changes.addColumn(change -> directory.nameOf(change.by()) + " · " + date(change.on()))
               .setHeader(getTranslation("admin.rules.changedBy")).setAutoWidth(true);
        changes.setEmptyStateText(getTranslation("empty.ruleChanges"));
        changes.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("admin.rules.help")), form, save,
            new H3(getTranslation("admin.rules.changes")), changes);
        refresh();
    }

    private LightRules rules() {
        ToIntFunction<String> number = name -> numbers.get(name).getValue() == null ? 0
                : numbers.get(name).getValue();
        return new LightRules(number.applyAsInt("yellowCardDays"), number.applyAsInt("redCardDays"),
                              number.applyAsInt("yellowMilestoneDays"), number.applyAsInt("redMilestoneDays"),
                              number.applyAsInt("yellowNoProgressDays"), number.applyAsInt("redNoProgressDays"),
                              progress.getValue());
    }

    void refresh() {
        show(read());
    }

    private LightRulesHistory read() {
        return queries.query(new FindLightRulesQuery(), ResponseTypes.instanceOf(LightRulesHistory.class)).join();
    }

    private void show(LightRulesHistory shown) {
        history = shown;
        LightRules current = history == null ? LightRules.DEFAULTS : history.current();
        version = history == null || history.changes().isEmpty() ? null : history.version();
        numbers.get("yellowCardDays").setValue(current.yellowCardDays());
        numbers.get("redCardDays").setValue(current.redCardDays());
        numbers.get("yellowMilestoneDays").setValue(current.yellowMilestoneDays());
        numbers.get("redMilestoneDays").setValue(current.redMilestoneDays());
        numbers.get("yellowNoProgressDays").setValue(current.yellowNoProgressDays());
        numbers.get("redNoProgressDays").setValue(current.redNoProgressDays());
        progress.setValue(current.progress());
        effectiveFrom.setValue(LocalDate.now(BureauTime.ZONE));
        List<LightRulesHistory.Change> newestFirst = new ArrayList<>(history == null ? List.of() : history.changes());
        Collections.reverse(newestFirst);
        changes.setItems(newestFirst);
    }

    private String summary(LightRules rules) {
        return getTranslation("admin.rules.summary", rules.yellowCardDays(), rules.redCardDays(),
                              rules.yellowMilestoneDays(), rules.redMilestoneDays(), rules.yellowNoProgressDays(),
                              rules.redNoProgressDays(),
                              rules.progress().stream().map(signal -> getTranslation("supervision.signal."
                                                                                     + signal.name()))
                                   .collect(Collectors.joining(getTranslation("list.separator"))));
    }

    private String date(LocalDate day) {
        return day == null ? "—" : BureauFormats.date(day, getLocale());
    }
}
