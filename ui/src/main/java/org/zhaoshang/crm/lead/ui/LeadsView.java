package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.LeadPage;
import org.zhaoshang.crm.lead.api.LeadStatus;
import org.zhaoshang.crm.lead.api.LeadSummary;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.MainLayout;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/** All leads in a lazy grid, newest first, with the new-lead form beside it. Updates live as leads change. */
@Route(value = "leads", layout = MainLayout.class)
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class LeadsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LeadSummary> grid = new Grid<>();
    final LeadForm form = new LeadForm();
    final Span count = new Span();
    private final CommandGateway commands;
    private final QueryGateway queries;
    private SubscriptionQueryResult<LeadPage, LeadSummary> liveUpdates;

    public LeadsView(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        setSizeFull();
        configureGrid();
        form.addSaveListener(save -> create(save.draft()));
        form.setVisible(false);

        Button newLead = new Button(getTranslation("leads.new"), VaadinIcon.PLUS.create(),
                                    click -> form.setVisible(true));
        newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("leads.title")), count, newLead);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(count);

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, form);
        add(toolbar, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leads.title") + " · " + getTranslation("app.title");
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(LeadsView::companyName).setHeader(getTranslation("leads.column.company"))
            .setFlexGrow(3).setWidth("16em").setKey("company");
        grid.addColumn(lead -> getTranslation("market." + lead.market().name()))
            .setHeader(getTranslation("leads.column.market")).setAutoWidth(true).setFlexGrow(0).setKey("market");
        grid.addComponentColumn(lead -> {
            Span stage = new Span(getTranslation("stage." + lead.stage().name()));
            stage.addClassName("stage-badge");
            if (lead.status() == LeadStatus.OPEN) {
                return stage;
            }
            Span status = new Span(getTranslation("status." + lead.status().name()));
            status.addClassNames("status-badge", "status-" + lead.status().name().toLowerCase(Locale.ROOT));
            return new Span(stage, status);
        }).setHeader(getTranslation("leads.column.stage")).setAutoWidth(true).setFlexGrow(0).setKey("stage");
        grid.addColumn(lead -> lead.plannedInvestmentCnyWan() == null
                               ? "" : BureauFormats.amountWan(lead.plannedInvestmentCnyWan(), getLocale()))
            .setHeader(getTranslation("leads.column.investment")).setKey("investment")
            .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(lead -> BureauFormats.date(lead.identifiedOn(), getLocale()))
            .setHeader(getTranslation("leads.column.identified")).setKey("identified").setAutoWidth(true)
            .setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                LeadView.class, new RouteParameters("leadId", click.getItem().leadId()))));
        grid.setItems(query -> page(query.getPage(), query.getPageSize()).leads().stream(),
                      query -> (int) Math.min(Integer.MAX_VALUE, page(0, 1).total()));
    }

    static String companyName(LeadSummary lead) {
        if (lead.companyNameEn() != null && lead.companyNameZh() != null) {
            return lead.companyNameZh() + " · " + lead.companyNameEn();
        }
        return lead.companyNameZh() != null ? lead.companyNameZh() : lead.companyNameEn();
    }

    private LeadPage page(int page, int size) {
        LeadPage result = queries.query(FindLeadsQuery.newestFirst(page, Math.min(size, FindLeadsQuery.MAX_PAGE_SIZE)),
                                        ResponseTypes.instanceOf(LeadPage.class)).join();
        count.setText(getTranslation("leads.count", result.total()));
        return result;
    }

    void create(LeadDraft draft) {
        try {
            commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(),
                                                       Company.named(draft.companyNameEn(), draft.companyNameZh()),
                                                       draft.market(), null, null, null));
            form.clear();
            form.setVisible(false);
            String name = Stream.of(draft.companyNameZh(), draft.companyNameEn())
                                .filter(text -> text != null && !text.isBlank()).findFirst().orElse("");
            Notification.show(getTranslation("lead.form.saved", name.strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            form.showViolations(invalid.violations());
            Notification.show(getTranslation("lead.form.error")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ConcurrencyException conflict) {
            Notification.show(getTranslation("lead.form.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = queries.subscriptionQuery(FindLeadsQuery.newestFirst(0, 1),
                                                ResponseTypes.instanceOf(LeadPage.class),
                                                ResponseTypes.instanceOf(LeadSummary.class));
        liveUpdates.updates().subscribe(changed -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.cancel();
        }
    }
}
