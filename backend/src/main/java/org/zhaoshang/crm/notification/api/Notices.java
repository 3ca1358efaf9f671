package org.zhaoshang.crm.notification.api;

/**
 * Where decided notices go: each recipient's inbox and outbox by their settings, and the matching group robots.
 * Idempotent: a notice posted again (a replay, a second node, a rebuild) is stored and sent once.
 */
public interface Notices {

    void post(Notice notice);
}
