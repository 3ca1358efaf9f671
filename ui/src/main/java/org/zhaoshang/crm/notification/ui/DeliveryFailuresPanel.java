package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.notification.api.FindWebhooksQuery;
import org.zhaoshang.crm.notification.api.WebhookSummary;
import org.zhaoshang.crm.notification.outbox.Deliveries;
import org.zhaoshang.crm.notification.outbox.DeliveryFailure;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Toast;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For administrators: the deliveries the outbox gave up after its last attempt (who, what, how, how often, why, when),
 * each with a button that makes it due again.
 */
public final class DeliveryFailuresPanel extends VerticalLayout {

    /** As many as the API lists. */
    static final int MAX_SHOWN = 500;
    private static final String WEBHOOK_PREFIX = "webhook:";

    final Grid<DeliveryFailure> grid = new Grid<>();
    private final Deliveries deliveries;
    private final QueryGateway queries;
    private final PeopleDirectory directory;
    private final Clock clock;
    private Map<String, String> robotNames = Map.of();

    public DeliveryFailuresPanel(Deliveries deliveries, QueryGateway queries, PeopleDirectory directory, Clock clock) {
        this.deliveries = deliveries;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
        addClassName("delivery-failures-panel");
        grid.setEmptyStateText(getTranslation("failures.none"));
        grid.addColumn(failure -> recipient(failure.recipient())).setHeader(getTranslation("failures.recipient"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(failure -> getTranslation("notify.kind." + failure.kind().name()))
            .setHeader(getTranslation("failures.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(failure -> getTranslation("failures.channel." + failure.channel().name()))
            .setHeader(getTranslation("failures.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeliveryFailure::attempts).setHeader(getTranslation("failures.attempts"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(failure -> failure.lastError() == null ? "" : failure.lastError())
            .setHeader(getTranslation("failures.lastError")).setFlexGrow(1);
        grid.addColumn(failure -> BureauFormats.moment(failure.failedAt() == null ? failure.at() : failure.failedAt(),
                                                       UI.getCurrent().getLocale()))
            .setHeader(getTranslation("failures.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("failures.help")), grid);
        refresh();
    }

    private Button retryButton(DeliveryFailure failure) {
        Button retry = new Button(getTranslation("failures.retry"), click -> retry(failure));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    void retry(DeliveryFailure failure) {
        try {
            deliveries.retry(failure.id(), clock.instant());
            Toast.done(getTranslation("failures.retried", recipient(failure.recipient())));
        } catch (NotFoundException alreadyRetried) {
            Toast.done(getTranslation("failures.gone"));
        }
        refresh();
    }

    void refresh() {
        robotNames = robots();
        grid.setItems(deliveries.failures(MAX_SHOWN));
    }

    private Map<String, String> robots() {
        List<WebhookSummary> found = queries.query(new FindWebhooksQuery(),
                                                   ResponseTypes.multipleInstancesOf(WebhookSummary.class)).join();
        return found == null ? Map.of() : found.stream().collect(
                Collectors.toMap(WebhookSummary::webhookId, WebhookSummary::name, (one, other) -> one));
    }

    private String recipient(String recipient) {
        if (recipient.startsWith(WEBHOOK_PREFIX)) {
            String id = recipient.substring(WEBHOOK_PREFIX.length());
            return getTranslation("failures.robot", robotNames.getOrDefault(id, id));
        }
        return directory.nameOf(recipient);
    }
}
