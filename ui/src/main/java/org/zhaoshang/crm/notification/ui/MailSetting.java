package org.zhaoshang.crm.notification.ui;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.mail.NoticeMailer;

/** Whether this server sends e-mail at all (a mail server configured by {@code spring.mail.*}). */
@Component
public class MailSetting {

    private final NoticeMailer mailer;

    public MailSetting(NoticeMailer mailer) {
        this.mailer = mailer;
    }

    public boolean configured() {
        return mailer.configured();
    }
}
