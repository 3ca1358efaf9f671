package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The open leads as a board: a column per stage with its count and planned investment, the largest leads as cards
 * (company, market, amount, owner, days in stage, next follow-up). Drag a card to another column to move the lead;
 * a gate that is not met asks for what is missing. Filters by market, owner and ambassador; updates live.
 */
@Route("pipeline")
@Menu(title = "nav.pipeline", order = 4)
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class PipelineView extends VerticalLayout implements HasDynamicTitle {

    static final int CARDS_PER_STAGE = 30;

    final MultiSelectComboBox<SourceMarket> markets = new MultiSelectComboBox<>();
    final PersonPicker owner;
    private final PeopleDirectory people;
    final AmbassadorPicker ambassador;
    final HorizontalLayout columns = new HorizontalLayout();
    private final QueryGateway queries;
    private final CommandSender sender;
    private SubscriptionQueryResult<PipelineBoard, LeadSummary> liveUpdates;

    public PipelineView(CommandGateway commands, QueryGateway queries, PeopleDirectory people) {
        this.people = people;
        this.owner = new PersonPicker(people, PersonPicker.STAFF);
        this.queries = queries;
        this.sender = new CommandSender(commands, this, this::refresh);
        this.ambassador = new AmbassadorPicker(queries);
        addClassName("pipeline-view");
        setSizeFull();
        markets.setPlaceholder(getTranslation("pipeline.filter.markets"));
        markets.setItems(SourceMarket.values());
        markets.setItemLabelGenerator(market -> getTranslation("market." + market.name()));
        owner.setPlaceholder(getTranslation("pipeline.filter.owner"));
        ambassador.setPlaceholder(getTranslation("pipeline.filter.ambassador"));
        markets.addValueChangeListener(change -> refresh());
        owner.addValueChangeListener(change -> refresh());
        ambassador.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("pipeline.title")), markets, owner,
                                                        ambassador);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("board-toolbar");
        columns.addClassName("board-columns");
        columns.setSizeFull();
        add(toolbar, columns);
        refresh();
    }

    LeadFilter filter() {
        String ownerName = owner.username();
        return new LeadFilter(markets.getValue(), null, null, null, ownerName == null ? null : Set.of(ownerName),
                              ambassador.isEmpty() ? null : Set.of(ambassador.ambassadorId()),
                              null, null, Set.of(LeadStatus.OPEN), null, null, null, null, null, null);
    }

    void refresh() {
        PipelineBoard board = queries.query(new FindPipelineBoardQuery(filter(), CARDS_PER_STAGE),
                                            ResponseTypes.instanceOf(PipelineBoard.class)).join();
        columns.removeAll();
        board.columns().forEach(column -> columns.add(column(column)));
    }

    private VerticalLayout column(PipelineBoard.Column column) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("board-column");
        box.getElement().setAttribute("data-stage", column.stage().name());
        H4 heading = new H4(getTranslation("stage." + column.stage().name()));
        Span totals = new Span(getTranslation("pipeline.totals", column.leads(),
                                              BureauFormats.amountWan(column.plannedInvestmentCnyWan(), getLocale())));
        totals.addClassName("board-totals");
        box.add(heading, totals);
        column.cards().forEach(lead -> box.add(card(lead)));
        if (column.leads() > column.cards().size()) {
            Span more = new Span(getTranslation("pipeline.more", column.leads() - column.cards().size()));
            more.addClassName("board-more");
            box.add(more);
        }
        DropTarget<VerticalLayout> target = DropTarget.create(box);
        target.addDropListener(drop -> drop.getDragData().ifPresent(
                leadId -> move((String) leadId, column.stage())));
        return box;
    }

    private Div card(LeadSummary lead) {
        Div card = new Div();
        card.addClassName("board-card");
        Div name = new Div(LeadsView.companyName(lead));
        name.addClassName("board-card-name");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("market." + lead.market().name()));
        if (lead.plannedInvestmentCnyWan() != null) {
            facts.add(BureauFormats.amountWan(lead.plannedInvestmentCnyWan(), getLocale()));
        }
        facts.add(lead.owner() == null ? "—" : people.nameOf(lead.owner()));
        facts.add(getTranslation("pipeline.daysInStage",
                                 ChronoUnit.DAYS.between(lead.stageEnteredOn(), LocalDate.now(BureauTime.ZONE))));
        if (lead.nextFollowUpOn() != null) {
            facts.add(getTranslation("pipeline.nextFollowUp", BureauFormats.date(lead.nextFollowUpOn(), getLocale())));
        }
        Div details = new Div(String.join(" · ", facts));
        details.addClassName("board-card-facts");
        card.add(name, details);
        card.addClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate(LeadView.class, new RouteParameters("leadId", lead.leadId()))));
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(lead.leadId());
        return card;
    }

    /**
     * Moves a dropped lead; a move back asks for the reason, a gate that is not met opens the dialog that asks for
     * what is missing.
     */
    void move(String leadId, Stage to) {
        LeadDetail lead = queries.query(new FindLeadDetailQuery(leadId), ResponseTypes.instanceOf(LeadDetail.class))
                                 .join();
        if (lead == null || lead.stage() == to) {
            return;
        }
        if (to.compareTo(lead.stage()) < 0) {
            StageActions.backDialog(sender, lead, to, this::refresh).open();
            return;
        }
        if (sender.send(new MoveLeadToStageCommand(leadId, to, null, null, lead.version()), null,
                        missing -> new GateDialog(sender, lead, to, missing, this::refresh).open())) {
            StageActions.moved(lead, to);
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = queries.subscriptionQuery(new FindPipelineBoardQuery(LeadFilter.none(), 0),
                                                ResponseTypes.instanceOf(PipelineBoard.class),
                                                ResponseTypes.instanceOf(LeadSummary.class));
        liveUpdates.updates().subscribe(changed -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.cancel();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title") + " · " + getTranslation("app.title");
    }
}
