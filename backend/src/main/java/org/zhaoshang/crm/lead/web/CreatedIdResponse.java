package org.zhaoshang.crm.lead.web;

/** The id of what a POST created within a lead (a contact, a follow-up). */
public record CreatedIdResponse(String id) {
}
