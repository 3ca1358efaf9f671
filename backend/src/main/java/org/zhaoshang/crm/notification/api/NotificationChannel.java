package org.zhaoshang.crm.notification.api;

/** How a user wants a kind of notification: EMAIL and DIGEST exclude each other. */
public enum NotificationChannel {
    /** in the inbox in the application */
    IN_APP,
    /** one e-mail per notification */
    EMAIL,
    /** collected into one e-mail a day */
    DIGEST
}
