package org.zhaoshang.crm.notification.settings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.api.NotificationSettingsChangedEvent;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each user's notification settings, one document per user in {@value #COLLECTION}. Idempotent: a change replaces the
 * whole document, with the version it makes.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class NotificationSettingsProjection {

    public static final String COLLECTION = "notification_settings";

    private final MongoCollection<Document> settings;

    public NotificationSettingsProjection(MongoDatabase database) {
        this.settings = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(NotificationSettingsChangedEvent event, @SequenceNumber long sequence) {
        Document channels = new Document();
        if (event.channels() != null) {
            event.channels().forEach((kind, ways) -> channels.append(
                    kind.name(), ways.stream().map(NotificationChannel::name).sorted().toList()));
        }
        settings.replaceOne(eq("_id", event.username()),
                            new Document("_id", event.username()).append("email", event.email())
                                                                 .append("language", event.language())
                                                                 .append("channels", channels)
                                                                 .append("version", sequence),
                            new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        settings.drop();
    }

    /** Each user reads their own; administrators anyone's (the application too: it sends by them). */
    @QueryHandler
    NotificationSettings handle(FindNotificationSettingsQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.has(Role.ADMIN) && !caller.id().equals(query.username())) {
            throw new NotPermittedException("Another user's notification settings are theirs alone");
        }
        return of(query.username());
    }

    /** The user's settings, or their defaults when they never chose. */
    NotificationSettings of(String username) {
        Document document = settings.find(eq("_id", username)).first();
        return document == null ? NotificationSettings.defaults(username) : read(document);
    }

    private static NotificationSettings read(Document document) {
        Map<NotificationKind, Set<NotificationChannel>> channels = new EnumMap<>(NotificationKind.class);
        Document stored = document.get("channels", Document.class);
        stored.forEach((kind, ways) -> {
            Set<NotificationChannel> set = EnumSet.noneOf(NotificationChannel.class);
            for (Object way : (List<?>) ways) {
                set.add(NotificationChannel.valueOf(way.toString()));
            }
            channels.put(NotificationKind.valueOf(kind), set);
        });
        return new NotificationSettings(document.getString("_id"), document.getString("email"),
                                        document.getString("language"), channels, document.getLong("version"));
    }
}
