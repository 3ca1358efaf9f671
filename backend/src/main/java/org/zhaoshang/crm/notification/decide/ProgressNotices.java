package org.zhaoshang.crm.notification.decide;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Progress of signed projects: a recorded fact waits for the managers who may verify it (managers, never its
 * recorder); a returned one goes back to its recorder, if they still see the lead.
 */
@Component
class ProgressNotices {

    private final ProjectLeads leads;
    private final StoredFacts facts;
    private final Audience audience;
    private final PeopleDirectory people;

    ProgressNotices(ProjectLeads leads, StoredFacts facts, Audience audience, PeopleDirectory people) {
        this.leads = leads;
        this.facts = facts;
        this.audience = audience;
        this.people = people;
    }

    Notice toVerify(ProgressRecordedEvent event, Instant at) {
        LeadState lead = leads.now(event.leadId());
        List<String> verifiers = audience.managers().stream()
                                         .filter(manager -> !manager.equals(event.recordedBy())).toList();
        return new Notice(Reasons.of("progress-recorded", event.progressId()), NotificationKind.PROGRESS_TO_VERIFY,
                          Links.verification(),
                          Map.of("company", LeadNames.company(lead), "fact", ChineseWords.fact(event.fact()),
                                 "recordedBy", people.nameOf(event.recordedBy())),
                          at, audience.ofBureau(verifiers), null, lead.market());
    }

    Notice returned(ProgressReturnedEvent event, Instant at) {
        LeadState lead = leads.now(event.leadId());
        String fact = facts.progress(event.projectId(), event.progressId())
                           .map(recorded -> ChineseWords.fact(recorded.fact())).orElse("");
        return new Notice(Reasons.of("progress-returned", event.progressId(), event.returnedOn()),
                          NotificationKind.PROGRESS_RETURNED, Links.lead(event.leadId()),
                          Map.of("company", LeadNames.company(lead), "fact", fact,
                                 "reason", event.reason() == null ? "" : event.reason(),
                                 "returnedBy", people.nameOf(event.returnedBy())),
                          at, audience.ofLead(List.of(event.recordedBy()), lead.introducedBy(), lead.team()),
                          null, lead.market());
    }
}
