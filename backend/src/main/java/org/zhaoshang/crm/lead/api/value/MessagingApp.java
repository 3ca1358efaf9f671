package org.zhaoshang.crm.lead.api.value;

/** Where a contact can be messaged. */
public enum MessagingApp {
    WECHAT,
    LINE,
    KAKAOTALK,
    WHATSAPP,
    OTHER
}
