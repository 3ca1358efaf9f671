package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.ui.LeadTab;
import org.zhaoshang.crm.project.api.command.ChangeCommitmentsCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.FieldErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The lead's signed projects (签约项目), each with its agreement, what it promised, its promises against what
 * happened, and its progress facts with their evidence and verification; the actions the lead's rights allow (record
 * progress, change the commitments, a further agreement; managers verify), each refusal shown where it was asked.
 */
final class ProjectsPanel extends VerticalLayout implements LeadTab.Panel {

    private final QueryGateway queries;
    private final InlineSender sender;
    private final LeadDocuments documents;
    private final Caller caller;
    private final Runnable leadChanged;
    private final ProjectWords words;
    final Button furtherAgreement;
    /** Each project shown, by its id: its record-progress button and its progress lines (tests). */
    final List<ProjectCard> cards = new ArrayList<>();
    private final Div list = new Div();
    private LeadDetail lead;

    /** A project as shown. */
    record ProjectCard(ProjectView project, Button recordProgress, Button changeCommitments,
                       Grid<PromisedAgainstActual.Line> promisedAgainstActual, List<FactLine> facts) {
    }

    /** A progress fact as shown, with a manager's actions when it waits. */
    record FactLine(ProgressEntry entry, Div line, VerifyActions verify) {
    }

    ProjectsPanel(QueryGateway queries, InlineSender sender, LeadDocuments documents, Caller caller,
                  ProjectWords words, Runnable leadChanged) {
        this.queries = queries;
        this.sender = sender;
        this.documents = documents;
        this.caller = caller;
        this.words = words;
        this.leadChanged = leadChanged;
        addClassName("projects-panel");
        setPadding(false);
        furtherAgreement = new Button(words.t("project.further.open"), click -> furtherAgreementDialog().open());
        furtherAgreement.addThemeVariants(ButtonVariant.LUMO_SMALL);
        list.setWidthFull();
        add(furtherAgreement, list);
    }

    static final String KEY = "projects";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return words.t("lead.tab.projects");
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean show(LeadDetail shown) {
        lead = shown;
        LeadProjects projects = queries.query(new FindLeadProjectsQuery(shown.leadId()),
                                              ResponseTypes.instanceOf(LeadProjects.class)).join();
        list.removeAll();
        cards.clear();
        if (projects == null || projects.projects().isEmpty()) {
            return false;
        }
        furtherAgreement.setVisible(shown.mayChangeFacts());
        projects.projects().forEach(project -> list.add(card(project)));
        return true;
    }

    /** The lead view reloads the lead, and with it this tab. */
    private void refresh() {
        leadChanged.run();
    }

    private Div card(ProjectView project) {
        Div card = new Div();
        card.addClassName("project-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-xl)");
        H3 title = new H3(words.agreement(project.agreement()));
        title.addClassName("project-title");
        Button record = new Button(words.t("project.progress.open"),
                                   click -> progressDialog(project, null, ProgressKind.CAPITAL_ARRIVED).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        record.setVisible(lead.mayChange() && project.stands());
        Button change = new Button(words.t("project.commitments.open"), click -> commitmentsDialog(project).open());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setVisible(lead.mayChangeFacts() && project.stands());
        if (!project.stands()) {
            Span withdrawn = new Span(words.withdrawal(project.withdrawal()));
            withdrawn.addClassName("project-withdrawn");
            withdrawn.getElement().getThemeList().add("badge contrast");
            card.add(withdrawn);
        }
        FlexLayout actions = new FlexLayout(record, change);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        Grid<PromisedAgainstActual.Line> timeline = timeline(project);
        List<FactLine> facts = new ArrayList<>();
        Div progress = new Div();
        progress.addClassName("project-progress");
        project.progress().forEach(entry -> {
            FactLine line = factLine(project, entry);
            facts.add(line);
            progress.add(line.line());
        });
        if (project.progress().isEmpty()) {
            progress.add(new Span(words.t("project.progress.none")));
        }
        card.add(title, commitments(project), actions, heading("project.timeline.title"), timeline,
                 heading("project.progress.heading"), progress);
        cards.add(new ProjectCard(project, record, change, timeline, facts));
        return card;
    }

    private H4 heading(String key) {
        H4 heading = new H4(words.t(key));
        heading.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-s)");
        return heading;
    }

    private Component commitments(ProjectView project) {
        Commitments promised = project.commitments();
        Div facts = new Div();
        facts.addClassName("project-commitments");
        facts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))")
             .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        fact(facts, "project.commitments.kind", words.t("project.kind." + promised.kind().name()));
        fact(facts, "project.commitments.registeredCapital", words.money(promised.registeredCapital()));
        fact(facts, "project.commitments.totalInvestment", words.money(promised.totalInvestment()));
        fact(facts, "project.commitments.annualTaxWan", words.wan(promised.annualTaxWan()));
        fact(facts, "project.commitments.jobs", promised.jobs() == null ? "—"
                : words.number(BigDecimal.valueOf(promised.jobs())));
        fact(facts, "project.commitments.landAreaMu", promised.landAreaMu() == null ? "—"
                : words.t("project.mu", words.number(promised.landAreaMu())));
        fact(facts, "project.commitments.floorSpaceM2", promised.floorSpaceM2() == null ? "—"
                : BureauFormats.area(promised.floorSpaceM2(), getLocale()));
        fact(facts, "project.commitments.zone", promised.zone() == null ? "—"
                : words.t("zone." + promised.zone().name()));
        fact(facts, "project.commitments.building", promised.building() == null ? "—" : promised.building());
        Div by = new Div(project.commitmentsChangedBy() == null
                         ? words.t("project.signedBy", words.person(project.signedBy()),
                                   words.date(project.signedRecordedOn()))
                         : words.t("project.commitmentsChangedBy", words.person(project.commitmentsChangedBy()),
                                   words.date(project.commitmentsChangedOn())));
        by.addClassName("project-recorded-by");
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
          .set("margin", "var(--lumo-space-s) 0");
        return new Div(facts, by);
    }

    private static void fact(Div facts, String labelKey, String value) {
        Span label = new Span(facts.getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-inline-end", "0.5em");
        Span shown = new Span(value);
        shown.addClassName("commitment-value");
        Div line = new Div(label, shown);
        line.addClassName("project-commitment");
        facts.add(line);
    }

    private Grid<PromisedAgainstActual.Line> timeline(ProjectView project) {
        Grid<PromisedAgainstActual.Line> grid = new Grid<>();
        grid.addClassName("promised-against-actual");
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        grid.addColumn(line -> line.milestone() != null ? words.milestone(line.milestone(), project.commitments().kind())
                               : words.t("project.timeline.tranche", line.tranche(), words.wan(line.amountWan())))
            .setHeader(words.t("project.timeline.what")).setFlexGrow(1);
        grid.addColumn(line -> words.date(line.promisedOn())).setHeader(words.t("project.timeline.promised"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> words.date(line.reachedOn())).setHeader(words.t("project.timeline.reached"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.lateDays() == 0 ? (line.promisedOn() == null ? "—" : words.t("project.timeline.onTime"))
                               : words.t(line.reachedOn() == null ? "project.timeline.overdue"
                                                                  : "project.timeline.late", line.lateDays()))
            .setHeader(words.t("project.timeline.late.header")).setAutoWidth(true).setFlexGrow(0)
            .setClassNameGenerator(line -> line.lateDays() > 0 ? "late" : null);
        grid.addColumn(line -> line.state() == null ? words.t("project.timeline.notReached")
                               : words.t("project.timeline.state." + line.state().name()))
            .setHeader(words.t("project.timeline.state")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(PromisedAgainstActual.of(project, today));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(words.t("project.timeline.empty"));
        return grid;
    }

    private FactLine factLine(ProjectView project, ProgressEntry entry) {
        Div line = new Div();
        line.addClassNames("progress-fact", "progress-" + entry.state().name().toLowerCase(java.util.Locale.ROOT));
        line.getStyle().set("border-inline-start", "3px solid var(--lumo-contrast-20pct)")
            .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        Div what = new Div(words.fact(entry.fact(), project.commitments().kind()));
        what.getStyle().set("font-weight", "600");
        Div recorded = new Div(words.recorded(entry));
        recorded.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span state = new Span(words.state(entry));
        state.addClassNames("fact-state", "state-" + entry.state().name().toLowerCase(java.util.Locale.ROOT));
        state.getStyle().set("color", switch (entry.state()) {
            case PENDING -> "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))";
            case APPROVED -> "var(--lumo-success-text-color)";
            case RETURNED -> "var(--lumo-error-text-color)";
        });
        line.add(what, recorded, Evidence.links(entry.fact().evidence(), documents, words), new Div(state));
        VerifyActions verify = null;
        if (entry.state() == VerificationState.PENDING && caller.has(Role.MANAGER) && !caller.system()) {
            verify = new VerifyActions(project.projectId(), entry.progressId(), project.version(), words, sender,
                                       this::refresh);
            line.add(verify);
        }
        if (entry.state() == VerificationState.RETURNED && entry.replacedBy() == null
            && caller.id().equals(entry.recordedBy()) && lead.mayChange()) {
            Button correct = new Button(words.t("project.progress.correct"), click -> progressDialog(
                    project, entry.progressId(), entry.fact().kind()).open());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
            correct.addClassName("correct-fact");
            line.add(correct);
        }
        return new FactLine(entry, line, verify);
    }

    ProgressDialog progressDialog(ProjectView project, String replaces, ProgressKind kind) {
        return new ProgressDialog(project, replaces, kind, words, sender, documents, this::refresh);
    }

    private Dialog commitmentsDialog(ProjectView project) {
        CommitmentsForm form = new CommitmentsForm(project.commitments(), words, "");
        Span refusal = InlineSender.refusalLine();
        return formDialog(words.t("project.commitments.title", words.agreement(project.agreement())), form, refusal,
                          () -> sender.send(new ChangeCommitmentsCommand(project.projectId(), form.commitments(),
                                                                         project.version()),
                                            form.errors, refusal, "commitments"));
    }

    private Dialog furtherAgreementDialog() {
        BureauDatePicker signedOn = new BureauDatePicker(words.t("project.further.signedOn"));
        signedOn.setMax(LocalDate.now(BureauTime.ZONE));
        TextField reference = new TextField(words.t("project.further.reference"));
        Select<AgreementBasis> basis = new Select<>();
        basis.setLabel(words.t("project.further.basis"));
        basis.setItems(AgreementBasis.SECOND_PHASE, AgreementBasis.CAPITAL_INCREASE);
        basis.setItemLabelGenerator(value -> words.t("project.basis." + value.name()));
        basis.setValue(AgreementBasis.SECOND_PHASE);
        Span increaseOnly = new Span(words.t("project.further.increaseOnly"));
        increaseOnly.getStyle().set("font-size", "var(--lumo-font-size-s)");
        basis.addValueChangeListener(change -> increaseOnly.setVisible(
                change.getValue() == AgreementBasis.CAPITAL_INCREASE));
        increaseOnly.setVisible(false);
        FormLayout agreement = new FormLayout(signedOn, reference, basis, increaseOnly);
        agreement.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        CommitmentsForm form = new CommitmentsForm(null, words, "commitments.");
        form.errors.field("agreementSignedOn", signedOn).field("agreementReference", reference)
                   .field("basis", basis);
        Span refusal = InlineSender.refusalLine();
        Dialog dialog = formDialog(words.t("project.further.title"), new Div(agreement, form), refusal,
                                   () -> sender.send(new SignProjectCommand(
                                           UUID.randomUUID().toString(), lead.leadId(),
                                           new ProjectAgreement(signedOn.getValue(), Texts.stripped(reference.getValue()),
                                                                basis.getValue()), form.commitments()),
                                                     form.errors, refusal, "further"));
        return dialog;
    }

    private Dialog formDialog(String title, Component fields, Span refusal,
                              java.util.function.BooleanSupplier confirm) {
        Dialog dialog = new Dialog(title);
        dialog.addClassName("project-form-dialog");
        dialog.setWidth("min(48rem, 96vw)");
        dialog.add(fields, refusal);
        Button save = new Button(words.t("project.save"), click -> {
            if (confirm.getAsBoolean()) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("lead.form.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
