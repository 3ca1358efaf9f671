/**
 * Sending to a group robot: a notice's words in the robot's language, in its platform's format (WeCom and DingTalk
 * markdown, a Feishu card), signed where a secret is set, posted within bounded time and memory; success only when
 * the platform says so. Neither key, token nor secret reaches a message or the log.
 */
package org.zhaoshang.crm.notification.webhook.send;
