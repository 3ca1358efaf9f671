package org.zhaoshang.crm.lead.api;

import java.util.List;

public record LeadPage(List<LeadSummary> leads, long total) {
}
