package org.zhaoshang.crm.notification.webhook.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A webhook address as it may be shown: scheme, host and port as they are, every query value masked to its last four
 * characters ({@code key=••••1a2b}), and a path ending in a token (Feishu's {@code /hook/<token>}, where there is no
 * query) masked the same way; no user information, no fragment.
 */
final class MaskedAddress {

    static final String DOTS = "••••";
    private static final int SHOWN = 4;
    private static final int SHOWN_FROM_LENGTH = 12;

    private MaskedAddress() {
    }

    static String of(String url) {
        URI address;
        try {
            address = new URI(url);
        } catch (URISyntaxException | NullPointerException malformed) {
            return DOTS;
        }
        StringBuilder shown = new StringBuilder().append(address.getScheme()).append("://").append(address.getHost());
        if (address.getPort() >= 0) {
            shown.append(':').append(address.getPort());
        }
        String path = address.getRawPath() == null ? "" : address.getRawPath();
        if (address.getRawQuery() == null) {
            int last = path.lastIndexOf('/');
            shown.append(path, 0, last + 1).append(mask(path.substring(last + 1)));
        } else {
            shown.append(path).append('?').append(Arrays.stream(address.getRawQuery().split("&"))
                                                        .map(MaskedAddress::maskValue)
                                                        .collect(Collectors.joining("&")));
        }
        return shown.toString();
    }

    private static String maskValue(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? mask(parameter) : parameter.substring(0, equals + 1) + mask(parameter.substring(equals + 1));
    }

    private static String mask(String secret) {
        if (secret.isEmpty()) {
            return secret;
        }
        return secret.length() < SHOWN_FROM_LENGTH ? DOTS : DOTS + secret.substring(secret.length() - SHOWN);
    }
}
