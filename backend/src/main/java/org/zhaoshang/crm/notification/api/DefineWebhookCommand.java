package org.zhaoshang.crm.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.Set;

/**
 * Defines (or changes) a group robot, administrators only. It gets the notices of {@code kinds} that concern its
 * department, or its market, or (both null) the whole bureau.
 *
 * @param url    the robot's webhook address (https)
 * @param secret the signing secret (DingTalk, Feishu), or null; never shown again
 */
public record DefineWebhookCommand(@TargetAggregateIdentifier String webhookId, String name,
                                   WebhookPlatform platform, String url, String secret, String department,
                                   SourceMarket market, Set<NotificationKind> kinds, String language) {
}
