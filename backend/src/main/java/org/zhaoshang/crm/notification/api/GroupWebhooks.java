package org.zhaoshang.crm.notification.api;

import java.util.List;

/** The group robots: which want a notice, and sending to one of them. */
public interface GroupWebhooks {

    /** The ids of the robots (not removed) whose scope and kinds take the notice. */
    List<String> targetsFor(Notice notice);

    /**
     * Sends the notice to the robot in its platform's format, in the robot's language.
     *
     * @throws DeliveryFailedException when the robot cannot be reached or answers with an error
     */
    void send(String webhookId, Notice notice);
}
