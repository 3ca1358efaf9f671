package org.zhaoshang.crm.notification.inbox;

/** The ways a stored notification leaves the application (the inbox is no delivery: it is read in place). */
public enum DeliveryChannel {
    /** one e-mail */
    EMAIL,
    /** a line of the recipient's daily digest e-mail */
    DIGEST,
    /** a group robot's message */
    WEBHOOK
}
