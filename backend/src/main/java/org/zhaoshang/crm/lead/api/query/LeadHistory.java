package org.zhaoshang.crm.lead.api.query;

import java.util.List;

public record LeadHistory(String leadId, List<LeadHistoryEntry> events) {
}
