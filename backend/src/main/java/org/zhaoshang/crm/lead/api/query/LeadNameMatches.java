package org.zhaoshang.crm.lead.api.query;

import java.util.List;

public record LeadNameMatches(List<String> leadIds) {
}
