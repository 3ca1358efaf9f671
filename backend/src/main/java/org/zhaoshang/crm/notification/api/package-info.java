/**
 * Notifications: what is decided from events and days (a {@link org.zhaoshang.crm.notification.api.Notice}), each
 * user's inbox and settings, and the group robots (WeCom, DingTalk, Feishu) administrators configure. Names of events
 * are permanent.
 */
package org.zhaoshang.crm.notification.api;
