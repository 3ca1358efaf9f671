package org.zhaoshang.crm.keyproject.api;

import java.util.Optional;

/**
 * The lead a problem was raised on, read from the problem's own events, so that an instruction names only a problem of
 * its key project's lead. Asked by key projects and answered by the problems, which depend on key projects (a leader
 * records a talk): the port lives here so that key projects never depend on the problems.
 */
@FunctionalInterface
public interface ProblemLeads {

    /** The lead of the problem with this id; empty when there is no such problem. */
    Optional<String> leadOf(String problemId);
}
