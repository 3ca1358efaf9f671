package org.zhaoshang.crm.notification.api;

/** The group robots not removed, by name; administrators only. Answers a list of {@link WebhookSummary}. */
public record FindWebhooksQuery() {
}
