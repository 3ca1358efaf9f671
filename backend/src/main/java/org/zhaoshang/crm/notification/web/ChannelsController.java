package org.zhaoshang.crm.notification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.notification.inbox.DigestTime;
import org.zhaoshang.crm.notification.mail.NoticeMailer;

/** Which ways of being told this installation offers, so that the settings can say why e-mail is not offered. */
@RestController
class ChannelsController {

    private final NoticeMailer mailer;
    private final DigestTime digest;

    ChannelsController(NoticeMailer mailer, DigestTime digest) {
        this.mailer = mailer;
        this.digest = digest;
    }

    @Operation(operationId = "getNotificationChannels",
               summary = "The ways of being told offered here: e-mail and the digest only with a mail server")
    @GetMapping("/api/notifications/channels")
    Channels channels() {
        boolean email = mailer.configured();
        return new Channels(true, email, email, digest.hour());
    }

    /** @param digestHour the hour of the bureau's day when the daily digest goes */
    @Schema(name = "NotificationChannels")
    record Channels(boolean inApp, boolean email, boolean digest, int digestHour) {
    }
}
