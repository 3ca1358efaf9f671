package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.zhaoshang.crm.lead.export.ExportFormat;
import org.zhaoshang.crm.lead.export.LeadExport;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadNameMatches;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.CommandSender;
import com.vaadin.flow.shared.Registration;
import org.zhaoshang.crm.ui.Toast;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The leads in a lazy grid with the list's filters (search, market, stage, status, owner) and column sort, kept in the
 * address so that a link shows the same list; export of what is shown (CSV, Excel) for managers; the new-lead form
 * beside it. Updates live as leads change.
 */
@Route("leads")
@Menu(title = "nav.leads", order = 3)
@RolesAllowed({"STAFF", "MANAGER", "AMBASSADOR"})
public class LeadsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The grid's sortable columns by key, and the list order each stands for. */
    private static final Map<String, LeadSort> SORTS = Map.of("company", LeadSort.COMPANY, "stage", LeadSort.STAGE,
                                                              "investment", LeadSort.PLANNED_INVESTMENT,
                                                              "identified", LeadSort.IDENTIFIED_ON);

    final Grid<LeadSummary> grid = new Grid<>();
    final LeadForm form;
    final Span count = new Span();
    final TextField search = new TextField();
    final MultiSelectComboBox<SourceMarket> markets = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Stage> stages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<LeadStatus> statuses = new MultiSelectComboBox<>();
    final PersonPicker owner;
    final HorizontalLayout exports = new HorizontalLayout();
    final FilterChips chips;
    private final HorizontalLayout content = new HorizontalLayout(grid);
    private final CommandSender sender;
    private final QueryGateway queries;
    private final PeopleDirectory people;
    private final AmbassadorDirectory ambassadors;
    private LeadListState state = LeadListState.NEWEST_FIRST;
    private boolean restoring;
    private SubscriptionQueryResult<LeadPage, LeadSummary> liveUpdates;
    final LeadCards cards;
    private Registration widthFollower;

    public LeadsView(CommandGateway commands, QueryGateway queries, AuthenticationContext authentication,
                     PeopleDirectory people, AmbassadorDirectory ambassadors) {
        this.people = people;
        this.ambassadors = ambassadors;
        this.owner = new PersonPicker(people, PersonPicker.STAFF);
        grid.setEmptyStateText(getTranslation("empty.leads"));
        this.sender = new CommandSender(commands, this, () -> grid.getDataProvider().refreshAll());
        this.queries = queries;
        this.form = new LeadForm(new AmbassadorPicker(queries), authentication.hasRole("AMBASSADOR")
                                                                && !authentication.hasAnyRole("STAFF", "MANAGER"));
        this.chips = new FilterChips(form.introducedBy::nameOf, () -> state, this::showList);
        setSizeFull();
        configureGrid();
        cards = new LeadCards(grid, getLocale());
        configureFilters();
        configureExports(authentication.hasRole("MANAGER"));
        form.addSaveListener(save -> create(save.draft()));
        form.errors().whenMarked(() -> Notification.show(getTranslation("lead.form.error"))
                                                   .addThemeVariants(NotificationVariant.LUMO_ERROR));
        form.onNamesChanged(this::warnOfDuplicates);
        form.setVisible(false);

        Button newLead = new Button(getTranslation("leads.new"), VaadinIcon.PLUS.create(), click -> showForm());
        newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("leads.title")), count, exports,
                                                        newLead);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(count);
        toolbar.addClassName("leads-toolbar");

        content.setSizeFull();
        content.setFlexGrow(1, grid);
        content.addClassName("leads-content");
        HorizontalLayout filters = new HorizontalLayout(search, markets, stages, statuses, owner);
        filters.addClassName("lead-filters");
        add(toolbar, filters, chips, content);
    }

    /** The new-lead form joins the page when first asked for: the list is drawn sooner without it. */
    private void showForm() {
        if (form.getParent().isEmpty()) {
            content.add(form);
            content.setFlexShrink(0, form);
        }
        form.setVisible(true);
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("leads.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        markets.setPlaceholder(getTranslation("pipeline.filter.markets"));
        markets.setItems(SourceMarket.values());
        markets.setItemLabelGenerator(value -> getTranslation("market." + value.name()));
        stages.setPlaceholder(getTranslation("leads.filter.stages"));
        stages.setItems(Stage.values());
        stages.setItemLabelGenerator(value -> getTranslation("stage." + value.name()));
        statuses.setPlaceholder(getTranslation("leads.filter.statuses"));
        statuses.setItems(LeadStatus.values());
        statuses.setItemLabelGenerator(value -> getTranslation("export.status." + value.name()));
        owner.setPlaceholder(getTranslation("pipeline.filter.owner"));
        search.addValueChangeListener(change -> filtersChanged());
        markets.addValueChangeListener(change -> filtersChanged());
        stages.addValueChangeListener(change -> filtersChanged());
        statuses.addValueChangeListener(change -> filtersChanged());
        owner.addValueChangeListener(change -> filtersChanged());
    }

    private void configureExports(boolean manager) {
        exports.setVisible(manager);
        for (ExportFormat format : ExportFormat.values()) {
            Locale locale = getLocale();
            Anchor download = new Anchor((DownloadHandler) event -> {
                event.setFileName("leads-" + LocalDate.now(BureauTime.ZONE) + "." + format.extension());
                event.setContentType(format.contentType());
                new LeadExport(queries, key -> getTranslation(locale, key), people, ambassadors)
                        .write(state.filter(), state.sort(), state.descending(), format, event.getOutputStream());
                event.getUI().access(() -> Toast.done(getTranslation("toast.exported", format.extension().toUpperCase(Locale.ROOT))));
            }, getTranslation("leads.export." + format.extension()));
            download.getElement().setAttribute("download", true);
            download.addClassName("export-link");
            exports.add(download);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showList(LeadListState.of(event.getLocation().getQueryParameters()));
    }

    /** Shows the list as {@code shown} says: its fields, its chips, its address and its rows. */
    private void showList(LeadListState shown) {
        state = shown;
        restoring = true;
        search.setValue(state.text() == null ? "" : state.text());
        markets.setValue(state.markets());
        stages.setValue(state.stages());
        statuses.setValue(state.statuses());
        owner.selectUser(state.owner());
        SORTS.entrySet().stream().filter(sort -> sort.getValue() == state.sort()).findFirst().ifPresent(
                sort -> grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(sort.getKey()), state.descending()
                        ? SortDirection.DESCENDING : SortDirection.ASCENDING))));
        restoring = false;
        chips.show(state);
        showInAddress();
        grid.getDataProvider().refreshAll();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        state = new LeadListState(Texts.stripped(search.getValue()), markets.getValue(), stages.getValue(),
                                  statuses.getValue(), owner.username(), state.ambassador(),
                                  state.sort(), state.descending());
        chips.show(state);
        showInAddress();
        grid.getDataProvider().refreshAll();
    }

    private void showInAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(
                null, new Location("leads", state.toParameters())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leads.title") + " · " + getTranslation("app.title");
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        Grid.Column<LeadSummary> names = LeadRows.addLinkColumn(grid, LeadSummary::leadId, LeadsView::companyName)
            .setHeader(getTranslation("leads.column.company")).setFlexGrow(3).setWidth("16em").setKey("company").setSortable(true);
        grid.addColumn(lead -> getTranslation("market." + lead.market().name()))
            .setHeader(getTranslation("leads.column.market")).setAutoWidth(true).setFlexGrow(0).setKey("market");
        // a template, not a component per row: components would cost the browser a node and a round of work each
        grid.addColumn(LitRenderer.<LeadSummary>of(
                        "<span class=\"stage-badge\">${item.stage}</span><span class=\"status-badge status-${item"
                        + ".statusClass}\" ?hidden=${!item.status}>${item.status}</span>")
                               .withProperty("stage", lead -> getTranslation("stage." + lead.stage().name()))
                               .withProperty("status", lead -> lead.status() == LeadStatus.OPEN ? ""
                                       : getTranslation("status." + lead.status().name()))
                               .withProperty("statusClass", lead -> lead.status().name().toLowerCase(Locale.ROOT)))
            .setHeader(getTranslation("leads.column.stage")).setAutoWidth(true).setFlexGrow(0).setKey("stage")
          .setSortable(true);
        grid.addColumn(lead -> lead.plannedInvestmentCnyWan() == null
                               ? "" : BureauFormats.amountWan(lead.plannedInvestmentCnyWan(), getLocale()))
            .setHeader(getTranslation("leads.column.investment")).setKey("investment").setSortable(true)
            .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(lead -> BureauFormats.date(lead.identifiedOn(), getLocale()))
            .setHeader(getTranslation("leads.column.identified")).setKey("identified").setAutoWidth(true)
            .setFlexGrow(0).setSortable(true);
        grid.setMultiSort(false);
        grid.addSortListener(sorted -> {
            if (sorted.isFromClient()) {
                GridSortOrder<LeadSummary> order = sorted.getSortOrder().isEmpty() ? null : sorted.getSortOrder().get(0);
                state = new LeadListState(state.text(), state.markets(), state.stages(), state.statuses(),
                                          state.owner(), state.ambassador(), order == null ? LeadSort.IDENTIFIED_ON
                                                                       : SORTS.get(order.getSorted().getKey()),
                                          order == null || order.getDirection() == SortDirection.DESCENDING);
                showInAddress();
            }
        });
        LeadRows.openOnClick(grid, LeadSummary::leadId, names);
        grid.setItems(query -> page(query.getPage(), query.getPageSize()).leads().stream(),
                      query -> (int) Math.min(Integer.MAX_VALUE, page(0, 1).total()));
    }

    public static String companyName(LeadSummary lead) {
        return companyName(lead.companyNameZh(), lead.companyNameEn());
    }

    /** A company as the lists show it: 泰晤士资本 · Thames Capital, or the one name it has. */
    static String companyName(String nameZh, String nameEn) {
        return nameZh != null && nameEn != null ? nameZh + " · " + nameEn : nameZh != null ? nameZh : nameEn;
    }

    private LeadPage page(int page, int size) {
        LeadPage result = queries.query(new FindLeadsQuery(state.filter(), state.sort(), state.descending(), page,
                                                           Math.min(size, FindLeadsQuery.MAX_PAGE_SIZE)),
                                        ResponseTypes.instanceOf(LeadPage.class)).join();
        count.setText(getTranslation("leads.count", result.total()));
        return result;
    }

    private void warnOfDuplicates(String nameEn, String nameZh) {
        List<String> leadIds = queries.query(new FindLeadsNamedLikeQuery(nameEn, nameZh),
                                             ResponseTypes.instanceOf(LeadNameMatches.class)).join().leadIds();
        form.showDuplicates(leadIds.stream().limit(3)
                                   .map(leadId -> queries.query(new FindLeadQuery(leadId),
                                                                ResponseTypes.instanceOf(LeadSummary.class)).join())
                                   .filter(Objects::nonNull).map(LeadsView::companyName).toList());
    }

    /** A new lead opens at once (its page reads the lead's own events, so it is never behind), with a toast. */
    void create(LeadDraft draft) {
        String leadId = UUID.randomUUID().toString();
        if (sender.send(new CreateLeadCommand(leadId, Company.named(draft.companyNameEn(), draft.companyNameZh()),
                                              draft.market(), draft.channel(), draft.introducedBy(),
                                              draft.identifiedOn()), form.errors())) {
            form.clear();
            form.setVisible(false);
            String name = Stream.of(draft.companyNameZh(), draft.companyNameEn())
                                .filter(text -> text != null && !text.isBlank()).findFirst().orElse("");
            Toast.done(getTranslation("lead.form.saved", name.strip()));
            getUI().ifPresent(ui -> ui.navigate(LeadView.class, new RouteParameters("leadId", leadId)));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = queries.subscriptionQuery(FindLeadsQuery.newestFirst(0, 1),
                                                ResponseTypes.instanceOf(LeadPage.class),
                                                ResponseTypes.instanceOf(LeadSummary.class));
        liveUpdates.updates().subscribe(changed -> ui.access(() -> grid.getDataProvider().refreshAll()));
        widthFollower = cards.follow(ui);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.cancel();
        }
        if (widthFollower != null) {
            widthFollower.remove();
        }
    }
}
