/** The GroupWebhook aggregate: administrators define, change and remove group robots; the rules of their addresses. */
package org.zhaoshang.crm.notification.webhook.command;
