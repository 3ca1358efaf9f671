package org.zhaoshang.crm.notification.api;

import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

/**
 * A group robot as administrators read it: never its key or token, never its secret.
 *
 * @param address   the webhook address with its key or token masked, e.g.
 *                  {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=••••1a2b}
 * @param secretSet whether it signs its messages with a secret
 */
public record WebhookSummary(String webhookId, String name, WebhookPlatform platform, String address,
                             boolean secretSet, String department, SourceMarket market, Set<NotificationKind> kinds,
                             String language) {
}
