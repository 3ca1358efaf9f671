package org.zhaoshang.crm.ambassador.web;

public record DeactivateRequest(String reason, Long expectedVersion) {
}
