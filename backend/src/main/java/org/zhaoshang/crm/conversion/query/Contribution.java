package org.zhaoshang.crm.conversion.query;

/** What one lead adds to one counter: one, and a stay's length in days or a signed project's figures. */
record Contribution(String leadId, CounterKey key, Integer stayDays, SignedTotals signed) {
}
