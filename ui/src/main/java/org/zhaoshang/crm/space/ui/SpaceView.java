package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;
import org.zhaoshang.crm.space.api.SpaceSummary;
import org.zhaoshang.crm.ui.BureauDatePicker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district's space (载体空间) at a day: buildings per tax tier against the plan's targets in the running year and
 * the two before, the watch list of buildings near their next tier, vacancy by zone and over time, and take-up against
 * the goal. Every figure is a way in: a tier count opens the buildings list at that tier and year, a zone the list of
 * the zone, a watched building its page. The day is in the address ({@code ?asOf=2026-06-30}).
 */
@Route("space")
@Menu(title = "nav.space", order = 6.6)
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class SpaceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String AS_OF = "asOf";
    /** The first day the summary answers for. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    final BureauDatePicker asOf;
    final Paragraph empty = new Paragraph();
    final TierSection tiers;
    final WatchSection watch;
    final ZoneSection zones;
    final TrendSection trend;
    final TakeUpSection takeUp;
    private final QueryGateway queries;
    private final Div sections = new Div();
    private boolean restoring;
    /** What is shown (tests). */
    SpaceSummary summary;

    public SpaceView(QueryGateway queries) {
        this.queries = queries;
        SpaceWords words = new SpaceWords(this);
        addClassName("space-view");
        asOf = new BureauDatePicker(getTranslation("space.asOf"));
        asOf.addClassName("space-as-of");
        asOf.setMin(FIRST_DAY);
        asOf.setMax(today());
        asOf.setValue(today());
        asOf.addValueChangeListener(change -> {
            if (!restoring && !asOf.hasBadInput() && answerable(asOf.getValue())) {
                keepInAddress();
                refresh();
            }
        });
        H2 title = new H2(getTranslation("space.title"));
        HorizontalLayout heading = new HorizontalLayout(title, asOf);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.addClassName("space-heading");
        empty.addClassName("space-empty");
        empty.setText(getTranslation("space.empty"));
        tiers = new TierSection(words);
        watch = new WatchSection(words);
        zones = new ZoneSection(words);
        trend = new TrendSection(words);
        takeUp = new TakeUpSection(words);
        sections.addClassName("space-sections");
        sections.add(tiers, watch, zones, trend, takeUp);
        setWidthFull();
        add(heading, empty, sections);
    }

    private static LocalDate today() {
        return LocalDate.now(BureauTime.ZONE);
    }

    /** Shows the day the address asks for; one that cannot be (unreadable, to come) is today. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate asked = event.getLocation().getQueryParameters().getSingleParameter(AS_OF).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException notADay) {
                return null;
            }
        }).filter(SpaceView::answerable).orElse(today());
        restoring = true;
        try {
            asOf.setValue(asked);
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** A day the summary answers for: none (today), or from {@link #FIRST_DAY} to today. */
    private static boolean answerable(LocalDate day) {
        return day == null || !day.isAfter(today()) && !day.isBefore(FIRST_DAY);
    }

    private void keepInAddress() {
        LocalDate day = asOf.getValue();
        QueryParameters parameters = day == null || day.equals(today()) ? QueryParameters.empty()
                : new QueryParameters(Map.of(AS_OF, List.of(day.toString())));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("space", parameters)));
    }

    void refresh() {
        LocalDate day = asOf.getValue() == null ? today() : asOf.getValue();
        summary = queries.query(new FindSpaceSummaryQuery(day), ResponseTypes.instanceOf(SpaceSummary.class)).join();
        boolean nothing = summary == null || summary.district() == null
                          || (summary.byZone().isEmpty() && summary.tiers().isEmpty());
        empty.setVisible(nothing);
        sections.setVisible(!nothing);
        if (nothing) {
            return;
        }
        tiers.show(summary.tiers());
        watch.show(summary.watchList());
        zones.show(summary.district(), summary.byZone());
        trend.show(summary.vacancyTrend());
        takeUp.show(summary.takeUp());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("space.title") + " · " + getTranslation("app.title");
    }
}
