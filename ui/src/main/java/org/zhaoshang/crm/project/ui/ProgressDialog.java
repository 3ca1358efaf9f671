package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Records a progress fact on a project (capital arrived, a milestone, tax paid, jobs) with its evidence, uploaded in
 * the same dialog; only the fields the kind asks for show. {@code replaces}: a returned fact this one corrects.
 */
final class ProgressDialog extends Dialog {

    final Select<ProgressKind> kind = new Select<>();
    final BureauDatePicker day = new BureauDatePicker();
    final BigDecimalField amountWan = new BigDecimalField();
    final Select<Milestone> milestone = new Select<>();
    final IntegerField year = new IntegerField();
    final IntegerField count = new IntegerField();
    final Select<DocumentKind> documentKind = new Select<>();
    final EvidenceUpload evidence;
    final Button record = new Button();
    final com.vaadin.flow.component.html.Span refusal = InlineSender.refusalLine();

    ProgressDialog(ProjectView project, String replaces, ProgressKind preset, ProjectWords words,
                   InlineSender sender, LeadDocuments documents, Runnable recorded) {
        setHeaderTitle(words.t(replaces == null ? "project.progress.title" : "project.progress.correctTitle",
                               words.agreement(project.agreement())));
        addClassName("progress-dialog");
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        kind.setLabel(words.t("project.progress.kind"));
        kind.setItems(ProgressKind.values());
        kind.setItemLabelGenerator(value -> words.t("project.progressKind." + value.name()));
        day.setLabel(words.t("project.progress.day"));
        day.setMax(today);
        amountWan.setLabel(words.t("project.progress.amountWan"));
        milestone.setLabel(words.t("project.progress.milestone"));
        milestone.setItems(project.commitments().kind().chain());
        milestone.setItemLabelGenerator(value -> words.milestone(value, project.commitments().kind()));
        year.setLabel(words.t("project.progress.year"));
        year.setValue(today.getYear() - 1);
        count.setLabel(words.t("project.progress.count"));
        documentKind.setLabel(words.t("project.evidence.kind"));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(value -> words.t("document.kind." + value.name()));
        evidence = new EvidenceUpload(documents, project.leadId(), documentKind::getValue);
        kind.addValueChangeListener(change -> fit(change.getValue()));
        kind.setValue(preset == null ? ProgressKind.CAPITAL_ARRIVED : preset);
        FieldErrors errors = new FieldErrors().field("kind", kind).field("day", day).field("amountWan", amountWan)
                                              .field("milestone", milestone).field("year", year)
                                              .field("count", count);
        FormLayout fields = new FormLayout(kind, day, amountWan, milestone, year, count, documentKind);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(fields, evidence, evidence.stored, evidence.refusal, refusal);
        record.setText(words.t("project.progress.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> {
            if (sender.send(new RecordProgressCommand(project.projectId(), UUID.randomUUID().toString(), fact(),
                                                      replaces, project.version()), errors, refusal, "record")) {
                close();
                recorded.run();
            }
        });
        getFooter().add(new Button(words.t("lead.form.cancel"), click -> close()), record);
    }

    /** Only what the kind asks for; the evidence's kind follows (a bank receipt for capital, …). */
    private void fit(ProgressKind chosen) {
        if (chosen == null) {
            return;
        }
        day.setVisible(chosen != ProgressKind.TAX_PAID);
        amountWan.setVisible(chosen == ProgressKind.CAPITAL_ARRIVED || chosen == ProgressKind.TAX_PAID);
        milestone.setVisible(chosen == ProgressKind.MILESTONE);
        year.setVisible(chosen == ProgressKind.TAX_PAID);
        count.setVisible(chosen == ProgressKind.JOBS);
        documentKind.setValue(switch (chosen) {
            case CAPITAL_ARRIVED -> DocumentKind.BANK_RECEIPT;
            case TAX_PAID -> DocumentKind.TAX_CERTIFICATE;
            case MILESTONE -> milestone.getValue() == Milestone.REGISTERED ? DocumentKind.LICENCE
                                                                           : DocumentKind.PHOTO;
            case JOBS -> DocumentKind.OTHER;
            case AGREEMENT -> DocumentKind.AGREEMENT;
        });
    }

    /** The fact as the fields give it: only the kind's own fields (the others are hidden, and not sent). */
    ProgressFact fact() {
        ProgressKind chosen = kind.getValue();
        return new ProgressFact(chosen, day.isVisible() ? day.getValue() : null,
                                amountWan.isVisible() ? amountWan.getValue() : null,
                                milestone.isVisible() ? milestone.getValue() : null,
                                year.isVisible() ? year.getValue() : null,
                                count.isVisible() ? count.getValue() : null, evidence.documentIds());
    }
}
