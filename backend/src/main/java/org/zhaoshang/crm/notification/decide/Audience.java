package org.zhaoshang.crm.notification.decide;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whom a notice may reach: never a disabled or unknown user, and nobody about what their role may not see. Ambassadors
 * and partners hear only of their own leads (follow-ups, silence, returned progress); a user who is a LEADER and not
 * staff or manager only of the key projects they answer for; reports reach staff, managers and leaders.
 */
@Component
class Audience {

    private static final Set<Role> BUREAU = EnumSet.of(Role.STAFF, Role.MANAGER);

    private final PeopleDirectory people;
    private final KeyProjectLeaders leaders;
    private final ProjectLeads leads;

    Audience(PeopleDirectory people, KeyProjectLeaders leaders, ProjectLeads leads) {
        this.people = people;
        this.leaders = leaders;
        this.leads = leads;
    }

    /** About a lead's own work: whoever sees the lead and works on leads. */
    Set<String> ofLead(Collection<String> candidates, String introducedBy, Collection<String> team) {
        return allowed(candidates, caller -> (caller.has(Role.STAFF) || caller.has(Role.MANAGER)
                                              || caller.has(Role.AMBASSADOR))
                                             && LeadVisibility.sees(caller, introducedBy, team));
    }

    /** About a lead's own work, the lead read only when an ambassador or partner is among the candidates. */
    Set<String> ofLead(Collection<String> candidates, String leadId) {
        LeadState[] lead = new LeadState[1];
        return allowed(candidates, caller -> bureau(caller) || caller.has(Role.AMBASSADOR) && LeadVisibility.sees(
                caller, (lead[0] = lead[0] == null ? leads.now(leadId) : lead[0]).introducedBy(), lead[0].team()));
    }

    /** About a key project (its light, problems, instructions): the bureau, and the leader answering for it. */
    Set<String> ofKeyProject(Collection<String> candidates, int year, String leadId) {
        return allowed(candidates, caller -> bureau(caller) || caller.has(Role.LEADER)
                                                                && leaders.answersFor(caller.id(), year, leadId));
    }

    /** About the bureau's supervision of a lead that is no key project: staff and managers. */
    Set<String> ofBureau(Collection<String> candidates) {
        return allowed(candidates, Audience::bureau);
    }

    /** About an issued report: staff, managers and leaders (leaders read their own projects' part). */
    Set<String> ofReports(Collection<String> candidates) {
        return allowed(candidates, caller -> bureau(caller) || caller.has(Role.LEADER));
    }

    /** The enabled users of a department (责任单位). */
    List<String> ofDepartment(String department) {
        if (department == null) {
            return List.of();
        }
        return everyone().stream().filter(username -> department.equals(people.departmentOf(username))).toList();
    }

    /** The enabled managers: who verify progress. */
    List<String> managers() {
        return people.withAnyRole(EnumSet.of(Role.MANAGER)).stream().map(Person::username).toList();
    }

    /** The enabled users holding any of the roles. */
    List<String> withAnyRole(Set<Role> roles) {
        return people.withAnyRole(roles).stream().map(Person::username).toList();
    }

    private List<String> everyone() {
        return withAnyRole(EnumSet.allOf(Role.class));
    }

    private static boolean bureau(Caller caller) {
        return !caller.system() && BUREAU.stream().anyMatch(caller::has);
    }

    private Set<String> allowed(Collection<String> candidates, Predicate<Caller> may) {
        Set<String> allowed = new LinkedHashSet<>();
        candidates.stream().filter(Objects::nonNull).distinct()
                  .forEach(username -> people.enabledUser(username).filter(caller -> !caller.system())
                                             .filter(may).ifPresent(caller -> allowed.add(caller.id())));
        return allowed;
    }
}
