package org.zhaoshang.crm.notification.webhook.send;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** The signatures DingTalk's and Feishu's robots check: Base64 of an HMAC-SHA256, each platform its own way. */
final class RobotSignature {

    private RobotSignature() {
    }

    /** DingTalk: key the secret, data {@code timestamp + "\n" + secret}, the timestamp in milliseconds. */
    static String dingTalk(long timestampMillis, String secret) {
        return hmac(secret, timestampMillis + "\n" + secret);
    }

    /** Feishu: key {@code timestamp + "\n" + secret}, data empty, the timestamp in seconds. */
    static String feishu(long timestampSeconds, String secret) {
        return hmac(timestampSeconds + "\n" + secret, "");
    }

    private static String hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        }
    }
}
