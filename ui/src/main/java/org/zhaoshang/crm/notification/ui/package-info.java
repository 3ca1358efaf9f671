/**
 * Notifications in the UI: the bell with the unread count in the header, the inbox, each user's settings (what to be
 * told and how), and for administrators the group robots (WeCom, DingTalk, Feishu) and the delivery failures.
 */
package org.zhaoshang.crm.notification.ui;
