package org.zhaoshang.crm.notification.webhook.web;

import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.WebhookPlatform;

import java.util.Set;

/**
 * A group robot as an administrator defines it.
 *
 * @param url    its webhook address; may be left out on a change to keep the one it has
 * @param secret its signing secret (DingTalk, Feishu); left out on a change: kept; empty: none
 */
public record WebhookRequest(String name, WebhookPlatform platform, String url, String secret, String department,
                             SourceMarket market, Set<NotificationKind> kinds, String language) {
}
