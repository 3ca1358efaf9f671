package org.zhaoshang.crm.project.web;

import org.zhaoshang.crm.project.api.value.Decision;

/** A verification (认定): APPROVED, or RETURNED with the reason. */
public record VerifyRequest(Decision decision, String reason, Long expectedVersion) {
}
