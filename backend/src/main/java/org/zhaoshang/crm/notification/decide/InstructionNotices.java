package org.zhaoshang.crm.notification.decide;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A leader's instruction (批示) reaches the lead's owner and the responsible department's users, and on a problem also
 * the users of the department it was handed to; not the leader who wrote it.
 */
@Component
class InstructionNotices {

    private final ProjectLeads leads;
    private final StoredFacts facts;
    private final Audience audience;
    private final PeopleDirectory people;

    InstructionNotices(ProjectLeads leads, StoredFacts facts, Audience audience, PeopleDirectory people) {
        this.leads = leads;
        this.facts = facts;
        this.audience = audience;
        this.people = people;
    }

    Notice decide(InstructionWrittenEvent event, Instant at) {
        LeadState lead = leads.now(event.leadId());
        String department = facts.designation(event.year(), event.leadId()).map(Designation::department).orElse(null);
        List<String> candidates = new ArrayList<>();
        candidates.add(lead.owner());
        candidates.addAll(audience.ofDepartment(department));
        if (event.problemId() != null) {
            facts.problem(event.problemId()).map(ProblemRaisedEvent::department).map(audience::ofDepartment)
                 .ifPresent(candidates::addAll);
        }
        candidates.remove(event.leader());
        Set<String> recipients = audience.ofKeyProject(candidates, event.year(), event.leadId());
        return new Notice(Reasons.of("instruction", event.instructionId()), NotificationKind.INSTRUCTION,
                          Links.keyProject(event.year(), event.leadId()),
                          Map.of("company", LeadNames.company(lead), "leader", people.nameOf(event.leader()),
                                 "text", event.text()),
                          at, recipients, department, lead.market());
    }
}
