package org.zhaoshang.crm.notification.webhook.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.FindWebhooksQuery;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.api.WebhookRemovedEvent;
import org.zhaoshang.crm.notification.api.WebhookSummary;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;

/**
 * The group robots, one document per robot, without key, token or secret: the address is stored masked. A bureau has
 * tens of robots, so the list is read whole. Idempotent: every handler sets absolute values.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class WebhookListProjection {

    public static final String COLLECTION = "group_webhooks";

    private final MongoCollection<Document> robots;
    private final StoreAvailability store;
    private volatile List<WebhookSummary> lastRead = List.of();

    public WebhookListProjection(MongoDatabase database, StoreAvailability store) {
        this.robots = database.getCollection(COLLECTION);
        this.store = store;
    }

    @EventHandler
    void on(WebhookDefinedEvent event) {
        Document robot = new Document("_id", event.webhookId()).append("name", event.name())
                .append("platform", event.platform().name()).append("address", MaskedAddress.of(event.url()))
                .append("secretSet", event.secret() != null).append("department", event.department())
                .append("market", event.market() == null ? null : event.market().name())
                .append("kinds", event.kinds().stream().map(Enum::name).sorted().toList())
                .append("language", event.language()).append("removed", false);
        robots.replaceOne(eq("_id", event.webhookId()), robot, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(WebhookRemovedEvent event) {
        robots.updateOne(eq("_id", event.webhookId()), Updates.set("removed", true));
    }

    @ResetHandler
    void reset() {
        robots.drop();
    }

    /** Administrators only: the robots are where the bureau's notices go. */
    @QueryHandler
    List<WebhookSummary> handle(FindWebhooksQuery query, MetaData metaData) {
        Caller.from(metaData).require("The group robots", Role.ADMIN);
        return all();
    }

    /**
     * The robots (not removed) that take the notice: its kind is theirs, and it concerns their department, or their
     * market, or they have neither (the whole bureau).
     */
    public List<String> targetsFor(Notice notice) {
        return all().stream().filter(robot -> robot.kinds().contains(notice.kind()))
                    .filter(robot -> robot.department() == null && robot.market() == null
                                     || robot.department() != null && robot.department().equals(notice.department())
                                     || robot.market() != null && robot.market() == notice.market())
                    .map(WebhookSummary::webhookId).toList();
    }

    /** Every robot not removed, by name; while the store cannot be reached, as last read. */
    List<WebhookSummary> all() {
        return store.readOr(() -> {
            lastRead = robots.find(eq("removed", false)).map(WebhookListProjection::summary)
                             .into(new ArrayList<>()).stream()
                             .sorted(Comparator.comparing(WebhookSummary::name).thenComparing(WebhookSummary::webhookId))
                             .toList();
            return lastRead;
        }, () -> lastRead);
    }

    private static WebhookSummary summary(Document robot) {
        List<String> kindNames = robot.getList("kinds", String.class, List.of());
        Set<NotificationKind> kinds = kindNames.isEmpty() ? Set.of() : kindNames.stream().map(NotificationKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
        String market = robot.getString("market");
        return new WebhookSummary(robot.getString("_id"), robot.getString("name"),
                                  WebhookPlatform.valueOf(robot.getString("platform")), robot.getString("address"),
                                  robot.getBoolean("secretSet", false), robot.getString("department"),
                                  market == null ? null : SourceMarket.valueOf(market), kinds,
                                  robot.getString("language"));
    }
}
