package org.zhaoshang.crm.lead.api.query;

import java.util.List;

public record LeadPage(List<LeadSummary> leads, long total) {
}
