package org.zhaoshang.crm.notification.decide;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open leads without contact for {@code zhaoshang.notifications.no-contact-days} days, to their owner: once per
 * silence (the reason names the day of the last contact, or of the identification when there was none).
 */
@Component
class SilenceNotices {

    static final int MAX_DAYS = 3_650;

    private final QueryGateway queries;
    private final Audience audience;
    private final int days;

    SilenceNotices(QueryGateway queries, Audience audience,
                   @Value("${zhaoshang.notifications.no-contact-days:30}") int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("zhaoshang.notifications.no-contact-days must be 1 to " + MAX_DAYS);
        }
        this.queries = queries;
        this.audience = audience;
        this.days = days;
    }

    List<Notice> decide(LocalDate today, Instant now) {
        LeadFilter silent = new LeadFilter(null, null, null, null, null, null, null, null, Set.of(LeadStatus.OPEN),
                                           null, null, null, null, null, today.minusDays(days - 1L));
        List<Notice> notices = new ArrayList<>();
        for (int page = 0; ; page++) {
            LeadPage leads = queries.query(new FindLeadsQuery(silent, LeadSort.IDENTIFIED_ON, false, page,
                                                              FindLeadsQuery.MAX_PAGE_SIZE),
                                           ResponseTypes.instanceOf(LeadPage.class)).join();
            leads.leads().forEach(lead -> notices.add(notice(lead, today, now)));
            if (leads.leads().size() < FindLeadsQuery.MAX_PAGE_SIZE) {
                return notices;
            }
        }
    }

    private Notice notice(LeadSummary lead, LocalDate today, Instant now) {
        LocalDate last = lead.lastContactOn() != null ? lead.lastContactOn() : lead.identifiedOn();
        return new Notice(Reasons.of("no-contact", lead.leadId(), last), NotificationKind.LEAD_WITHOUT_CONTACT,
                          Links.lead(lead.leadId()),
                          Map.of("company", LeadNames.company(lead.companyNameEn(), lead.companyNameZh(),
                                                              lead.leadId()),
                                 "days", String.valueOf(ChronoUnit.DAYS.between(last, today))),
                          now, audience.ofLead(List.of(lead.owner()), lead.introducedBy(), lead.team()), null,
                          lead.market());
    }
}
