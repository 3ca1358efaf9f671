package org.zhaoshang.crm.lead.web;

/**
 * The id of what a POST created within a lead (an activity, a contact, a follow-up).
 *
 * @param version the lead's version after the change (also the answer's ETag)
 */
public record LeadPartCreatedResponse(String id, long version) {
}
