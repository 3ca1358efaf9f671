package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.project.api.query.FindPendingProgressQuery;
import org.zhaoshang.crm.project.api.query.PendingProgress;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * The managers' verification inbox (认定): every progress fact waiting, oldest first, as a card (project, lead, fact,
 * evidence, who recorded it when) with approve and return; one card a row on a phone, several on a desk. A fact the
 * manager recorded shows as theirs: another manager verifies it (the backend refuses them, and the card says so).
 */
@Route("verification")
@Menu(title = "nav.verification", order = 5.7)
@RolesAllowed("MANAGER")
public class VerificationView extends VerticalLayout implements HasDynamicTitle {

    final Span count = new Span();
    final Div cards = new Div();
    /** The cards shown, in order (tests). */
    final List<Card> shown = new ArrayList<>();
    private final ProjectWords words;
    private int waiting;

    /** A pending fact's card and its actions. */
    record Card(PendingProgress.Item item, Div card, VerifyActions verify) {
    }

    public VerificationView(CommandGateway commands, QueryGateway queries, LeadDocuments documents,
                            CurrentCaller current, PeopleDirectory directory) {
        words = new ProjectWords(this, directory);
        String me = current.caller().id();
        addClassName("verification-view");
        PendingProgress pending = queries.query(new FindPendingProgressQuery(),
                                                ResponseTypes.instanceOf(PendingProgress.class)).join();
        waiting = pending.total();
        count.addClassName("verification-count");
        cards.addClassName("verification-cards");
        cards.setWidthFull();
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 24rem), 1fr))")
             .set("gap", "var(--lumo-space-m)");
        LeadNames leads = new LeadNames(queries);
        InlineSender sender = new InlineSender(commands);
        for (PendingProgress.Item item : pending.items()) {
            Div card = new Div();
            card.addClassName("verification-card");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-base-color)").set("min-width", "0");
            Div lead = new Div(leads.link(item.leadId()));
            lead.getStyle().set("font-weight", "600");
            Div project = new Div(words.agreement(item.agreement()));
            project.addClassName("verification-project");
            project.getStyle().set("font-size", "var(--lumo-font-size-s)")
                   .set("color", "var(--lumo-secondary-text-color)");
            Div fact = new Div(words.fact(item.progress().fact(), null));
            fact.addClassName("verification-fact");
            fact.getStyle().set("margin", "var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-l)");
            Div recorded = new Div(words.recorded(item.progress()));
            recorded.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(lead, project, fact, recorded);
            if (item.progress().promisedOn() != null) {
                card.add(new Div(words.t("project.verify.promisedOn", words.date(item.progress().promisedOn()))));
            }
            card.add(Evidence.links(item.progress().fact().evidence(), documents, words));
            if (me.equals(item.progress().recordedBy())) {
                Span mine = new Span(words.t("project.verify.yours"));
                mine.addClassName("verification-yours");
                mine.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
                card.add(new Div(mine));
            }
            Card[] shownCard = new Card[1];
            VerifyActions verify = new VerifyActions(item.projectId(), item.progress().progressId(), null, words,
                                                     sender, () -> decided(shownCard[0], leads));
            verify.getStyle().set("margin-top", "var(--lumo-space-s)");
            card.add(verify);
            shownCard[0] = new Card(item, card, verify);
            shown.add(shownCard[0]);
            cards.add(card);
        }
        Span empty = new Span(words.t("verification.none"));
        empty.addClassName("verification-empty");
        empty.setVisible(pending.items().isEmpty());
        Span help = new Span(words.t("verification.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        showCount();
        add(new H2(words.t("verification.title")), help, count, empty, cards);
    }

    /** A decided fact leaves the inbox at once (the list read model follows a moment later). */
    private void decided(Card card, LeadNames leads) {
        shown.remove(card);
        cards.remove(card.card());
        waiting--;
        showCount();
        org.zhaoshang.crm.ui.Toast.done(words.t("verification.decided", leads.of(card.item().leadId()),
                                                words.fact(card.item().progress().fact(), null)));
    }

    private void showCount() {
        count.setText(words.t("verification.count", waiting));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verification.title") + " · " + getTranslation("app.title");
    }
}
