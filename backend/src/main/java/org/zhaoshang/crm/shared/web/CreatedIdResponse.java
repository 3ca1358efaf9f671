package org.zhaoshang.crm.shared.web;

/** The id of what a POST created (an ambassador, a contact, a follow-up). */
public record CreatedIdResponse(String id) {
}
