package org.zhaoshang.crm.lead.api;

/**
 * A person at the lead's company. A family name, a given name or both are required; a person known by one name only
 * has it as the family name (as passports do).
 */
public record Contact(String familyName, String givenName, String title, String phone, String email,
                      MessagingApp messagingApp, String messagingHandle) {

    /** The name as its own language writes it. */
    public String fullName() {
        return new PersonName(familyName, givenName).written();
    }
}
