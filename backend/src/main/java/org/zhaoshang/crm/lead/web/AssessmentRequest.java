package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Priority;

public record AssessmentRequest(Priority priority, Integer likelihoodPercent, String responsibleLeader,
                                Long expectedVersion) {
}
