package org.zhaoshang.crm.notification.ui;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether this server sends e-mail at all: only when an SMTP host is configured ({@code spring.mail.host}). */
@Component
public class MailSetting {

    private final Environment environment;

    public MailSetting(Environment environment) {
        this.environment = environment;
    }

    public boolean configured() {
        String host = environment.getProperty("spring.mail.host");
        return host != null && !host.isBlank();
    }
}
