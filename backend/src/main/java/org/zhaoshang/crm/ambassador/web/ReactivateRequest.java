package org.zhaoshang.crm.ambassador.web;

public record ReactivateRequest(String reason, Long expectedVersion) {
}
