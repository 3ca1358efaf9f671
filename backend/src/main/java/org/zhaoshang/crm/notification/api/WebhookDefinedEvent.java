package org.zhaoshang.crm.notification.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

/** A group robot defined or changed (the whole definition each time). */
@Revision("1")
public record WebhookDefinedEvent(String webhookId, String name, WebhookPlatform platform, String url,
                                  String secret, String department, SourceMarket market,
                                  Set<NotificationKind> kinds, String language, String definedBy) {
}
