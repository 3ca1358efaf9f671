package org.zhaoshang.crm.notification.decide;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.query.FindFollowUpsQuery;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.query.FollowUps;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-ups due today and overdue, to their assignee. One notice per follow-up and due day: an overdue follow-up is
 * told once, not each day; rescheduled to another day, it is told again when that day comes.
 */
@Component
class FollowUpNotices {

    private final QueryGateway queries;
    private final Audience audience;

    FollowUpNotices(QueryGateway queries, Audience audience) {
        this.queries = queries;
        this.audience = audience;
    }

    List<Notice> decide(LocalDate today, Instant now) {
        FollowUps open = queries.query(new FindFollowUpsQuery(null, today), ResponseTypes.instanceOf(FollowUps.class))
                                .join();
        List<Notice> notices = new ArrayList<>();
        open.dueToday().forEach(item -> notices.add(notice(item, NotificationKind.FOLLOW_UP_DUE, "follow-up-due",
                                                           today, now)));
        open.overdue().forEach(item -> notices.add(notice(item, NotificationKind.FOLLOW_UP_OVERDUE,
                                                          "follow-up-overdue", today, now)));
        return notices;
    }

    private Notice notice(FollowUpItem item, NotificationKind kind, String cause, LocalDate today, Instant now) {
        LocalDate dueOn = item.followUp().dueOn();
        Map<String, String> params = new HashMap<>(Map.of(
                "company", LeadNames.company(item.companyNameEn(), item.companyNameZh(), item.leadId()),
                "nextStep", item.followUp().nextStep() == null ? "" : item.followUp().nextStep(),
                "dueOn", dueOn.toString()));
        if (kind == NotificationKind.FOLLOW_UP_OVERDUE) {
            params.put("days", String.valueOf(ChronoUnit.DAYS.between(dueOn, today)));
        }
        return new Notice(Reasons.of(cause, item.leadId(), item.followUp().followUpId(), dueOn), kind,
                          Links.lead(item.leadId()), params, now,
                          audience.ofLead(List.of(item.followUp().assignee()), item.leadId()), null, null);
    }
}
