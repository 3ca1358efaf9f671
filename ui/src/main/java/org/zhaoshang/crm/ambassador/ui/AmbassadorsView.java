package org.zhaoshang.crm.ambassador.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.lead.api.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.AmbassadorScorecards;
import org.zhaoshang.crm.lead.api.FindAmbassadorScorecardsQuery;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.MainLayout;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ambassadors and international partners with what became of the leads they introduced (scorecards for
 * managers); an ambassador sees their own page: their record and scorecard. A row opens its leads.
 */
@Route(value = "ambassadors", layout = MainLayout.class)
@RolesAllowed({"STAFF", "MANAGER", "ADMIN", "AMBASSADOR"})
public class AmbassadorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AmbassadorSummary> grid = new Grid<>();

    public AmbassadorsView(QueryGateway queries, AuthenticationContext authentication) {
        boolean scorecards = authentication.hasAnyRole("MANAGER", "AMBASSADOR");
        List<AmbassadorSummary> ambassadors = queries.query(new FindAmbassadorsQuery(true),
                                                            ResponseTypes.instanceOf(AmbassadorList.class))
                                                     .join().ambassadors();
        Map<String, AmbassadorScorecard> cards = !scorecards ? Map.of()
                : queries.query(new FindAmbassadorScorecardsQuery(), ResponseTypes.instanceOf(AmbassadorScorecards.class))
                         .join().scorecards().stream()
                         .collect(Collectors.toMap(AmbassadorScorecard::ambassadorId, Function.identity()));
        grid.addColumn(ambassador -> ambassador.profile().name()).setHeader(getTranslation("ambassador.name"))
            .setAutoWidth(true);
        grid.addColumn(ambassador -> getTranslation("ambassador.kind." + ambassador.profile().kind().name()))
            .setHeader(getTranslation("ambassador.kind")).setAutoWidth(true);
        grid.addColumn(ambassador -> ambassador.profile().markets() == null ? "" : ambassador.profile().markets()
                .stream().map(market -> getTranslation("market." + market.name())).sorted()
                .collect(Collectors.joining(getTranslation("list.separator"))))
            .setHeader(getTranslation("ambassador.markets"));
        grid.addColumn(ambassador -> getTranslation(ambassador.active() ? "ambassador.active" : "ambassador.inactive"))
            .setHeader(getTranslation("ambassador.status")).setAutoWidth(true);
        if (scorecards) {
            column(cards, "ambassador.leads", card -> String.valueOf(card.leads()));
            column(cards, "ambassador.signed", card -> String.valueOf(card.signed()));
            column(cards, "ambassador.lost", card -> String.valueOf(card.lost()));
            column(cards, "ambassador.conversionRate", card -> card.conversionRate() == null ? "—"
                    : card.conversionRate().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%");
            column(cards, "ambassador.signedInvestment",
                   card -> BureauFormats.amountWan(card.signedInvestmentCnyWan(), getLocale()));
        }
        grid.setItems(ambassadors);
        grid.setAllRowsVisible(true);
        if (authentication.hasAnyRole("STAFF", "MANAGER", "AMBASSADOR")) {
            grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("leads", new QueryParameters(
                    Map.of("ambassador", List.of(click.getItem().ambassadorId()))))));
        }
        add(new H2(getTranslation(authentication.hasRole("AMBASSADOR") && !authentication.hasAnyRole("STAFF",
                "MANAGER", "ADMIN") ? "ambassador.own" : "ambassador.title")), grid);
    }

    private void column(Map<String, AmbassadorScorecard> cards, String headerKey,
                        Function<AmbassadorScorecard, String> value) {
        grid.addColumn(ambassador -> cards.containsKey(ambassador.ambassadorId())
                                     ? value.apply(cards.get(ambassador.ambassadorId())) : "—")
            .setHeader(getTranslation(headerKey)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ambassador.title") + " · " + getTranslation("app.title");
    }
}
