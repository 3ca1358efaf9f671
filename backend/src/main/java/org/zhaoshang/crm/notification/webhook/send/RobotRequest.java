package org.zhaoshang.crm.notification.webhook.send;

import java.net.URI;
import java.util.Map;

/** Where a message goes (signed, for DingTalk) and its JSON body, as the platform expects it. */
record RobotRequest(URI address, Map<String, Object> body) {
}
