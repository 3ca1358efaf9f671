package org.zhaoshang.crm.notification.api;

/**
 * Sends a test message to a group robot now, administrators only, so that one setting a robot up sees it arrive.
 * Fails with {@link DeliveryFailedException} (naming the platform's code) when the robot does not take it.
 */
public record TestWebhookCommand(String webhookId) {
}
