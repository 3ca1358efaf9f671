package org.zhaoshang.crm.ambassador.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.DeactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.ReactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecards;
import org.zhaoshang.crm.lead.api.query.FindAmbassadorScorecardsQuery;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ambassadors and international partners with what became of the leads they introduced (scorecards for
 * managers); an ambassador sees their own page: their record and scorecard. A name opens the leads it introduced.
 * Managers and administrators keep the list: register, correct, deactivate (with a reason), reactivate. Changes by anyone show at once.
 */
@Route("ambassadors")
@Menu(title = "nav.ambassadors", order = 7)
@RolesAllowed({"STAFF", "MANAGER", "ADMIN", "AMBASSADOR"})
public class AmbassadorsView extends VerticalLayout implements HasDynamicTitle {

    private static final String LEADS_ROUTE = "leads";

    final Grid<AmbassadorSummary> grid = new Grid<>();
    final Button register = new Button();
    private final QueryGateway queries;
    private final CommandSender sender;
    private final boolean scorecards;
    private Map<String, AmbassadorScorecard> cards = Map.of();
    private SubscriptionQueryResult<AmbassadorList, String> liveUpdates;

    public AmbassadorsView(CommandGateway commands, QueryGateway queries, AuthenticationContext authentication) {
        grid.setEmptyStateText(getTranslation("empty.ambassadors"));
        this.queries = queries;
        this.sender = new CommandSender(commands, this, this::refresh);
        this.scorecards = authentication.hasAnyRole("MANAGER", "AMBASSADOR");
        boolean opensLeads = authentication.hasAnyRole("STAFF", "MANAGER", "AMBASSADOR");
        boolean keepsList = authentication.hasAnyRole("MANAGER", "ADMIN");
        grid.addComponentColumn(ambassador -> name(ambassador, opensLeads)).setHeader(getTranslation("ambassador.name"))
            .setAutoWidth(true);
        grid.addColumn(ambassador -> getTranslation("ambassador.kind." + ambassador.profile().kind().name()))
            .setHeader(getTranslation("ambassador.kind")).setAutoWidth(true);
        grid.addColumn(ambassador -> ambassador.profile().organisation() == null ? ""
                                                                                : ambassador.profile().organisation())
            .setHeader(getTranslation("ambassador.organisation"));
        grid.addColumn(ambassador -> ambassador.profile().markets() == null ? "" : ambassador.profile().markets()
                .stream().map(market -> getTranslation("market." + market.name())).sorted()
                .collect(Collectors.joining(getTranslation("list.separator"))))
            .setHeader(getTranslation("ambassador.markets"));
        grid.addColumn(ambassador -> getTranslation(ambassador.active() ? "ambassador.active" : "ambassador.inactive"))
            .setKey("status").setHeader(getTranslation("ambassador.status")).setAutoWidth(true);
        if (scorecards) {
            column("ambassador.leads", card -> String.valueOf(card.leads()));
            column("ambassador.signed", card -> String.valueOf(card.signed()));
            column("ambassador.lost", card -> String.valueOf(card.lost()));
            column("ambassador.conversionRate", card -> card.conversionRate() == null ? "—"
                    : card.conversionRate().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%");
            column("ambassador.signedInvestment",
                   card -> BureauFormats.amountWan(card.signedInvestmentCnyWan(), getLocale()));
        }
        if (keepsList) {
            grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        }
        grid.setAllRowsVisible(true);
        register.setText(getTranslation("ambassador.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> new AmbassadorDialog(sender, null, this::refresh).open());
        register.setVisible(keepsList);
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation(
                authentication.hasRole("AMBASSADOR") && !authentication.hasAnyRole("STAFF", "MANAGER", "ADMIN")
                ? "ambassador.own" : "ambassador.title")), register);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        cards = !scorecards ? Map.of()
                : queries.query(new FindAmbassadorScorecardsQuery(), ResponseTypes.instanceOf(AmbassadorScorecards.class))
                         .join().scorecards().stream()
                         .collect(Collectors.toMap(AmbassadorScorecard::ambassadorId, Function.identity()));
        grid.setItems(queries.query(new FindAmbassadorsQuery(true), ResponseTypes.instanceOf(AmbassadorList.class))
                             .join().ambassadors());
        // Auto widths are measured once: a row that became deactivated would show its longer texts cut.
        grid.recalculateColumnWidths();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = queries.subscriptionQuery(new FindAmbassadorsQuery(true),
                                                ResponseTypes.instanceOf(AmbassadorList.class),
                                                ResponseTypes.instanceOf(String.class));
        liveUpdates.updates().subscribe(changed -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.cancel();
        }
    }

    private Component name(AmbassadorSummary ambassador, boolean opensLeads) {
        if (!opensLeads) {
            return new Span(ambassador.profile().name());
        }
        // by route, not by class: the leads views know the ambassadors' views (the picker), not the other way
        Anchor link = new Anchor(LEADS_ROUTE + "?" + new QueryParameters(Map.of("ambassador", List.of(
                ambassador.ambassadorId()))).getQueryString(), ambassador.profile().name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Component rowActions(AmbassadorSummary ambassador) {
        Button edit = new Button(getTranslation("lead.row.edit"),
                                 click -> new AmbassadorDialog(sender, ambassador, this::refresh).open());
        Button deactivate = new Button(getTranslation("ambassador.deactivate"),
                                       click -> deactivateDialog(ambassador).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deactivate.setVisible(ambassador.active());
        Button reactivate = new Button(getTranslation("ambassador.reactivate"),
                                       click -> reactivateDialog(ambassador).open());
        reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reactivate.setVisible(!ambassador.active());
        HorizontalLayout actions = new HorizontalLayout(edit, deactivate, reactivate);
        actions.setSpacing(false);
        return actions;
    }

    private CommandDialog deactivateDialog(AmbassadorSummary ambassador) {
        TextArea reason = new TextArea(getTranslation("ambassador.deactivate.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("ambassador.deactivate.help"));
        FieldErrors errors = new FieldErrors().field("reason", reason);
        FormLayout fields = new FormLayout(reason);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new CommandDialog(getTranslation("ambassador.deactivate.title", ambassador.profile().name()), fields,
                                 () -> sender.send(new DeactivateAmbassadorCommand(ambassador.ambassadorId(),
                                                                                   Texts.stripped(reason.getValue()),
                                                                                   ambassador.version()), errors),
                                 this::refresh);
    }

    private CommandDialog reactivateDialog(AmbassadorSummary ambassador) {
        TextArea reason = new TextArea(getTranslation("ambassador.reactivate.reason"));
        reason.setHelperText(getTranslation("ambassador.reactivate.help"));
        FieldErrors errors = new FieldErrors().field("reason", reason);
        FormLayout fields = new FormLayout(reason);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new CommandDialog(getTranslation("ambassador.reactivate.title", ambassador.profile().name()), fields,
                                 () -> sender.send(new ReactivateAmbassadorCommand(ambassador.ambassadorId(),
                                                                                   Texts.stripped(reason.getValue()),
                                                                                   ambassador.version()), errors),
                                 this::refresh);
    }

    private void column(String headerKey, Function<AmbassadorScorecard, String> value) {
        grid.addColumn(ambassador -> cards.containsKey(ambassador.ambassadorId())
                                     ? value.apply(cards.get(ambassador.ambassadorId())) : "—")
            .setHeader(getTranslation(headerKey)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ambassador.title") + " · " + getTranslation("app.title");
    }
}
