package org.zhaoshang.crm.notification.webhook.send;

import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes a robot's secret and its address's key or token out of a text a platform answered, should it ever repeat
 * them: what a failure says may reach the log and administrators' screens.
 */
final class RobotSecrets {

    private static final int SHORTEST_SECRET = 6;

    private RobotSecrets() {
    }

    static String scrub(String text, WebhookDefinedEvent robot) {
        String scrubbed = text;
        for (String secret : secretsOf(robot)) {
            scrubbed = scrubbed.replace(secret, "••••");
        }
        return scrubbed;
    }

    /** The secret, the address itself, each of its query values and the last part of its path. */
    private static List<String> secretsOf(WebhookDefinedEvent robot) {
        List<String> secrets = new ArrayList<>();
        secrets.add(robot.url());
        if (robot.secret() != null) {
            secrets.add(robot.secret());
        }
        String url = robot.url();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        secrets.add(path.substring(path.lastIndexOf('/') + 1));
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                secrets.add(parameter.substring(parameter.indexOf('=') + 1));
            }
        }
        return secrets.stream().filter(secret -> secret.length() >= SHORTEST_SECRET).toList();
    }
}
