package org.zhaoshang.crm.lead.api;

import java.util.List;

public record LeadNameMatches(List<String> leadIds) {
}
