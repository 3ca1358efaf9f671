package org.zhaoshang.crm.lead.api.value;

import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import static org.zhaoshang.crm.shared.api.Texts.hasText;

/**
 * A person at the lead's company. A family name, a given name or both are required; a person known by one name only
 * has it as the family name (as passports do).
 */
public record Contact(String familyName, String givenName, String title, String phone, String email,
                      MessagingApp messagingApp, String messagingHandle) {

    public static final int MAX_PERSON_LENGTH = 100;

    /** The rules for what is recorded of a person; a null contact has no name. */
    public static Violations validate(Violations violations, Contact contact) {
        boolean named = contact != null && (hasText(contact.familyName()) || hasText(contact.givenName()));
        violations.check(named, "contactName", "required", "give the family name, the given name or both");
        if (contact != null) {
            violations.maxLength("familyName", contact.familyName(), MAX_PERSON_LENGTH)
                      .maxLength("givenName", contact.givenName(), MAX_PERSON_LENGTH)
                      .maxLength("title", contact.title(), MAX_PERSON_LENGTH)
                      .phone("phone", contact.phone())
                      .email("email", contact.email())
                      .maxLength("messagingHandle", contact.messagingHandle(), MAX_PERSON_LENGTH)
                      .check(!hasText(contact.messagingHandle()) || contact.messagingApp() != null,
                             "messagingApp", "required", "say which app the handle is for");
        }
        return violations;
    }

    /** The same person with the texts stripped of surrounding spaces (blank ones are none). */
    public Contact stripped() {
        return new Contact(Texts.stripped(familyName), Texts.stripped(givenName), Texts.stripped(title),
                           Texts.stripped(phone), Texts.stripped(email), messagingApp, Texts.stripped(messagingHandle));
    }

    /** The name as its own language writes it. */
    public String fullName() {
        return new PersonName(familyName, givenName).written();
    }
}
