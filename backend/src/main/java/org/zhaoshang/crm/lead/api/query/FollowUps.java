package org.zhaoshang.crm.lead.api.query;

import java.util.List;

/** Open follow-ups, each list the earliest due first. */
public record FollowUps(List<FollowUpItem> overdue, List<FollowUpItem> dueToday, List<FollowUpItem> upcoming) {
}
