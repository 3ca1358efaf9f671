package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.Contact;
import org.zhaoshang.crm.lead.api.MessagingApp;

public record ContactRequest(String name, String title, String phone, String email, MessagingApp messagingApp,
                             String messagingHandle, Long expectedVersion) {

    Contact contact() {
        return new Contact(name, title, phone, email, messagingApp, messagingHandle);
    }
}
