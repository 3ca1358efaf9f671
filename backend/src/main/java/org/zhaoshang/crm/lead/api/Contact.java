package org.zhaoshang.crm.lead.api;

/** A person at the lead's company. Only the name is required. */
public record Contact(String name, String title, String phone, String email, MessagingApp messagingApp,
                      String messagingHandle) {
}
