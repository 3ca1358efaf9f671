package org.zhaoshang.crm.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Attachment;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.Notice;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Notices by e-mail through the SMTP server of {@code spring.mail.*}; without {@code spring.mail.host} Spring Boot
 * makes no mail sender, and then nothing is e-mailed ({@link #configured()} is false).
 */
@Component
public class NoticeMailer {

    private final ObjectProvider<JavaMailSender> senders;
    private final MailText text;
    private final String from;

    public NoticeMailer(ObjectProvider<JavaMailSender> senders,
                        @Value("${zhaoshang.notifications.public-url:http://localhost:8080}") String publicUrl,
                        @Value("${zhaoshang.notifications.mail-from:zhaoshang-crm@localhost}") String from) {
        this.senders = senders;
        this.text = new MailText(publicUrl);
        this.from = from;
    }

    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /**
     * One notice, subject its title; with the attachment when one is given.
     *
     * @throws DeliveryFailedException when the mail server is not reached or refuses the message
     */
    public void send(String address, String language, Notice notice, Attachment attachment) {
        send(address, text.subject(notice, language), List.of(notice), language, false, attachment);
    }

    /** The day's notices in one e-mail, each with its title and link. */
    public void sendDigest(String address, String language, List<Notice> notices) {
        send(address, text.digestSubject(notices.size(), language), notices, language, true, null);
    }

    private void send(String address, String subject, List<Notice> notices, String language, boolean withTitles,
                      Attachment attachment) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailedException("no mail server is configured (spring.mail.host)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject(subject);
            mail.setText(text.plain(notices, language, withTitles), text.html(notices, language, withTitles));
            if (attachment != null) {
                mail.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                                   attachment.contentType());
            }
            sender.send(message);
        } catch (MailException | MessagingException failed) {
            throw new DeliveryFailedException("the mail server did not take the message: "
                                              + failed.getClass().getSimpleName(), failed);
        }
    }
}
