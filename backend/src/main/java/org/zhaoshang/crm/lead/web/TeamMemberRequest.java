package org.zhaoshang.crm.lead.web;

/** A user (staff member or ambassador) to put on a lead's team. */
public record TeamMemberRequest(String member, Long expectedVersion) {
}
