package org.zhaoshang.crm.notification.api;

/** The group robots a Chinese bureau lives in; each expects its own message format. */
public enum WebhookPlatform {
    /** 企业微信 group robot: markdown */
    WECOM,
    /** 钉钉 custom robot: markdown, signed with the secret when one is set */
    DINGTALK,
    /** 飞书 custom bot: an interactive card, signed with the secret when one is set */
    FEISHU
}
