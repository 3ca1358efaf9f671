package org.zhaoshang.crm.report.issued;

import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reads a kept report, and how much of it: staff and managers (and the application) all of it; a leader the
 * dispatch rows, stopped projects, red projects, red problems and late facts of the key projects they answer for, the
 * figures, funnel and rankings whole (as the reports' queries cut them); nobody else anything.
 */
final class ReportReaders {

    static final String REPORTS = "Reports";

    private ReportReaders() {
    }

    static void require(Caller caller) {
        caller.require(REPORTS, Role.STAFF, Role.MANAGER, Role.LEADER);
    }

    static boolean seesWhole(Caller caller) {
        return caller.has(Role.STAFF) || caller.has(Role.MANAGER);
    }

    static Dispatch forReader(Dispatch dispatch, Caller caller, Map<String, String> leaders) {
        require(caller);
        if (seesWhole(caller)) {
            return dispatch;
        }
        List<Dispatch.Row> rows = dispatch.rows().stream().filter(row -> caller.id().equals(row.leader())).toList();
        Set<String> leads = rows.stream().map(Dispatch.Row::leadId).collect(Collectors.toSet());
        return new Dispatch(dispatch.week(), dispatch.from(), dispatch.to(), rows,
                            dispatch.stopped().stream()
                                    .filter(stopped -> caller.id().equals(leaders.get(stopped.leadId()))).toList(),
                            dispatch.late().stream().filter(fact -> leads.contains(fact.leadId())).toList());
    }

    static Circular forReader(Circular circular, Caller caller, Map<String, String> leaders) {
        require(caller);
        if (seesWhole(caller)) {
            return circular;
        }
        Set<String> leads = new HashSet<>();
        leaders.forEach((lead, leader) -> {
            if (caller.id().equals(leader)) {
                leads.add(lead);
            }
        });
        circular.redProjects().stream().filter(row -> caller.id().equals(row.leader()))
                .forEach(row -> leads.add(row.leadId()));
        return new Circular(circular.month(), circular.from(), circular.to(), circular.targets(), circular.rates(),
                            circular.funnel(),
                            circular.redProjects().stream().filter(row -> caller.id().equals(row.leader())).toList(),
                            circular.redProblems().stream().filter(problem -> leads.contains(problem.leadId()))
                                    .toList(),
                            circular.byOwner(), circular.byAmbassador(), circular.byDepartment(),
                            circular.late().stream().filter(fact -> leads.contains(fact.leadId())).toList());
    }
}
