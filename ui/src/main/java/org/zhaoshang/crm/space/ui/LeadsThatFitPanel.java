package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.building.ui.BuildingPanel;
import org.zhaoshang.crm.space.api.FindLeadMatchesQuery;
import org.zhaoshang.crm.space.api.LeadMatches;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.ui.BureauFormats;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * On a building's page, the open leads its vacant units would fit, best first, among those the caller may see: the
 * company (a link to the lead), its stage, its need, the building's best units for it and why, in words.
 */
@org.springframework.stereotype.Component
class LeadsThatFitPanel implements BuildingPanel {

    static final int SHOWN = 10;
    private final QueryGateway queries;

    LeadsThatFitPanel(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Component create(String buildingId) {
        Div panel = new Div();
        panel.addClassName("leads-that-fit");
        panel.add(new H3(panel.getTranslation("space.fit.title")));
        LeadMatches matches;
        try {
            matches = queries.query(new FindLeadMatchesQuery(buildingId, SHOWN),
                                    ResponseTypes.instanceOf(LeadMatches.class)).join();
        } catch (RuntimeException unanswered) {
            // no one answers the question yet (or the building went): the page stands without the section
            matches = null;
        }
        List<LeadMatches.LeadMatch> leads = matches == null ? List.of() : matches.leads();
        if (leads.isEmpty()) {
            Span none = new Span(panel.getTranslation("space.fit.none"));
            none.addClassName("leads-that-fit-none");
            panel.add(none);
        }
        leads.forEach(lead -> panel.add(card(panel, lead)));
        return panel;
    }

    private static Div card(Component in, LeadMatches.LeadMatch lead) {
        Anchor company = new Anchor("leads/" + lead.leadId(), lead.companyName());
        company.addClassName("fit-company");
        Span stage = new Span(in.getTranslation("stage." + lead.stage().name()));
        stage.addClassName("stage-badge");
        Div top = new Div(company, stage);
        top.addClassName("fit-top");
        Div card = new Div(top);
        card.addClassName("fit-card");
        if (lead.need() != null) {
            Span need = new Span(need(in, lead));
            need.addClassName("fit-need");
            card.add(need);
        }
        SpaceMatch best = lead.best();
        if (best != null) {
            Span units = new Span(in.getTranslation("space.fit.best", floor(best.floor()),
                                                    String.join(" + ", best.unitNumbers()),
                                                    BureauFormats.area(best.areaM2(), com.vaadin.flow.component.UI.getCurrent().getLocale())));
            units.addClassName("fit-units");
            Span reasons = new Span(best.reasons().stream().map(reason -> reason(in, reason))
                                        .collect(Collectors.joining(in.getTranslation("list.separator"))));
            reasons.addClassName("fit-reasons");
            card.add(units, reasons);
        }
        return card;
    }

    private static String need(Component in, LeadMatches.LeadMatch lead) {
        BigDecimal area = lead.need().areaM2();
        String zone = lead.need().zone() == null ? "" : in.getTranslation("zone." + lead.need().zone().name());
        return in.getTranslation("space.fit.need", area == null ? "—" : BureauFormats.area(area, com.vaadin.flow.component.UI.getCurrent().getLocale()),
                                 zone);
    }

    /** A match reason in the UI's language with its figures, as the lead's Space tab words it. */
    static String reason(Component in, MatchReason reason) {
        return new SpaceWords(in).reason(reason);
    }

    private static String floor(int floor) {
        return floor < 0 ? "B" + (-floor) : floor + "F";
    }
}
