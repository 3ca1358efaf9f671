/**
 * The group robots of WeCom (企业微信), DingTalk (钉钉) and Feishu (飞书): administrators define them ({@code command}),
 * a read model lists them without their keys and picks those a notice concerns ({@code query}), each notice goes out
 * in its platform's format ({@code send}), and the administrators' REST endpoints ({@code web}).
 */
package org.zhaoshang.crm.notification.webhook;
