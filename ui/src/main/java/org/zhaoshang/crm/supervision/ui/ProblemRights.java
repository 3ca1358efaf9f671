package org.zhaoshang.crm.supervision.ui;

import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

/**
 * Which actions to offer the caller on a problem, as the backend decides them (it refuses the rest anyway): progress
 * notes for the department's users, the lead's people and managers; resolving for the department and managers;
 * closing and reopening for managers; a talk for managers and the project's leader; instructions for the leader.
 *
 * @param department   the department the caller acts for, or null
 * @param worksOnLead  the caller owns the lead or is on its team (unknown in a list: staff are offered it)
 * @param leadsProject the caller is the project's responsible leader
 */
record ProblemRights(Caller caller, String department, boolean worksOnLead, boolean leadsProject) {

    private boolean manager() {
        return caller.has(Role.MANAGER);
    }

    private boolean ofDepartment(ProblemRow problem) {
        return department != null && department.equals(problem.department());
    }

    boolean note(ProblemRow problem) {
        return problem.status().open() && (manager() || ofDepartment(problem) || worksOnLead);
    }

    boolean resolve(ProblemRow problem) {
        return problem.status().open() && (manager() || ofDepartment(problem));
    }

    boolean close(ProblemRow problem) {
        return problem.status() == ProblemStatus.RESOLVED && manager();
    }

    boolean reopen(ProblemRow problem) {
        return (problem.status() == ProblemStatus.RESOLVED || problem.status() == ProblemStatus.CLOSED) && manager();
    }

    boolean talk(ProblemRow problem) {
        return problem.status() != ProblemStatus.CLOSED && (manager() || leadsProject);
    }

    boolean instruct(ProblemRow problem) {
        return problem.status() != ProblemStatus.CLOSED && leadsProject;
    }
}
