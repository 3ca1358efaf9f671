package org.zhaoshang.crm.notification.outbox;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Attachment;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NoticeAttachments;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.inbox.DeliveryChannel;
import org.zhaoshang.crm.notification.inbox.StoredNotifications;
import org.zhaoshang.crm.notification.mail.NoticeMailer;

import java.util.List;

/** Sends a claimed delivery the way its channel says: an e-mail (a report's with its file), a robot's message. */
@Component
class DeliveryTransports {

    private final NoticeMailer mailer;
    private final ObjectProvider<GroupWebhooks> webhooks;
    private final ObjectProvider<NoticeAttachments> attachments;

    DeliveryTransports(NoticeMailer mailer, ObjectProvider<GroupWebhooks> webhooks,
                       ObjectProvider<NoticeAttachments> attachments) {
        this.mailer = mailer;
        this.webhooks = webhooks;
        this.attachments = attachments;
    }

    /** @throws DeliveryFailedException when it could not be sent now */
    void send(Document claimed) {
        Document delivery = claimed.get(StoredNotifications.DELIVERY, Document.class);
        Notice notice = StoredNotifications.notice(claimed);
        switch (DeliveryChannel.valueOf(delivery.getString(StoredNotifications.CHANNEL))) {
            case EMAIL -> {
                String language = delivery.getString(StoredNotifications.LANGUAGE);
                mailer.send(delivery.getString(StoredNotifications.ADDRESS), language, notice,
                            attachment(notice, claimed.getString(StoredNotifications.RECIPIENT), language));
            }
            case WEBHOOK -> {
                GroupWebhooks robots = webhooks.getIfAvailable();
                if (robots == null) {
                    throw new DeliveryFailedException("group robots are not available in this application");
                }
                robots.send(claimed.getString(StoredNotifications.WEBHOOK), notice);
            }
            case DIGEST -> sendDigest(List.of(claimed));
        }
    }

    /** The lines of one user's digest, in one e-mail to the address and in the language of the latest. */
    void sendDigest(List<Document> lines) {
        Document latest = lines.get(lines.size() - 1).get(StoredNotifications.DELIVERY, Document.class);
        mailer.sendDigest(latest.getString(StoredNotifications.ADDRESS),
                          latest.getString(StoredNotifications.LANGUAGE),
                          lines.stream().map(StoredNotifications::notice).toList());
    }

    private Attachment attachment(Notice notice, String username, String language) {
        NoticeAttachments files = attachments.getIfAvailable();
        return notice.kind() != NotificationKind.REPORT_READY || files == null ? null
                : files.attachmentFor(notice, username, language).orElse(null);
    }
}
