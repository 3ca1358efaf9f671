package org.zhaoshang.crm.lead.web;

public record ReassignRequest(String owner, Long expectedVersion) {
}
