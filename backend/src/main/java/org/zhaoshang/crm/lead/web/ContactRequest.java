package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.value.PersonName;
import org.zhaoshang.crm.lead.api.value.PersonNames;
import org.zhaoshang.crm.shared.api.Violations;

import static org.zhaoshang.crm.shared.api.Texts.hasText;

/**
 * A contact as the API takes it. {@code name}, the one name field clients sent before names were split, is still
 * taken instead of {@code familyName} and {@code givenName} and split as stored contacts were.
 */
public record ContactRequest(String familyName, String givenName, String name, String title, String phone,
                             String email, MessagingApp messagingApp, String messagingHandle, Long expectedVersion) {

    Contact contact() {
        new Violations().check(!hasText(name) || !hasText(familyName) && !hasText(givenName), "name", "not-both",
                               "give familyName and givenName, or the single name alone, not both")
                        .throwIfAny();
        PersonName parts = hasText(name) ? PersonNames.split(name) : new PersonName(familyName, givenName);
        return new Contact(parts.familyName(), parts.givenName(), title, phone, email, messagingApp, messagingHandle);
    }
}
