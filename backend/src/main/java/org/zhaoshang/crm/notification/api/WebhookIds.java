package org.zhaoshang.crm.notification.api;

/**
 * The event store's id of a group robot: its id under a prefix of its own, as leads, departments and years share the
 * store's ids and an administrator's id (such as "L-1") must never land in another record's stream.
 */
public final class WebhookIds {

    private static final String PREFIX = "webhook:";

    private WebhookIds() {
    }

    /** Never null, so that a command without an id reaches its handler, which refuses it by role and then input. */
    public static String of(String webhookId) {
        return PREFIX + (webhookId == null ? "" : webhookId);
    }
}
