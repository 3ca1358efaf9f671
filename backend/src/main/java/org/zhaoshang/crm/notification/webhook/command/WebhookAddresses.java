package org.zhaoshang.crm.notification.webhook.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.shared.api.Violations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a robot's messages may go: https on its platform's own host, so that an administrator's slip never sends the
 * bureau's notices elsewhere. {@code zhaoshang.notifications.webhooks.allow-http} also takes http (a local test
 * server), {@code …any-host} any host (a test server, an intranet proxy in front of the platform).
 */
@Component
class WebhookAddresses {

    static final Map<WebhookPlatform, List<String>> HOSTS = Map.of(
            WebhookPlatform.WECOM, List.of("qyapi.weixin.qq.com"),
            WebhookPlatform.DINGTALK, List.of("oapi.dingtalk.com"),
            WebhookPlatform.FEISHU, List.of("open.feishu.cn", "open.larksuite.com"));

    private final boolean allowHttp;
    private final boolean anyHost;

    WebhookAddresses(@Value("${zhaoshang.notifications.webhooks.allow-http:false}") boolean allowHttp,
                     @Value("${zhaoshang.notifications.webhooks.any-host:false}") boolean anyHost) {
        this.allowHttp = allowHttp;
        this.anyHost = anyHost;
    }

    Violations check(Violations violations, WebhookPlatform platform, String url) {
        URI address = parse(url);
        if (address == null) {
            return violations.check(false, "url", "url", "must be a web address such as https://"
                                                         + HOSTS.get(WebhookPlatform.WECOM).get(0) + "/…");
        }
        violations.check(address.getRawUserInfo() == null && address.getRawFragment() == null, "url", "url",
                         "must carry no user name, password or #fragment");
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        violations.check(scheme.equals("https") || allowHttp && scheme.equals("http"), "url", "https",
                         "must start with https://");
        if (platform != null && !anyHost) {
            List<String> hosts = HOSTS.get(platform);
            violations.check(hosts.contains(address.getHost().toLowerCase(Locale.ROOT)), "url", "platform-host",
                             "a " + platform + " robot's address is on " + String.join(" or ", hosts));
        }
        return violations;
    }

    private static URI parse(String url) {
        try {
            URI address = new URI(url.strip());
            return address.isAbsolute() && address.getScheme() != null && address.getHost() != null ? address : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }
}
