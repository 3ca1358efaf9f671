package org.zhaoshang.crm.lead.api.query;

import java.time.LocalDate;

/** The open follow-ups of one assignee (everyone's when null), split around {@code today}. */
public record FindFollowUpsQuery(String assignee, LocalDate today) {
}
