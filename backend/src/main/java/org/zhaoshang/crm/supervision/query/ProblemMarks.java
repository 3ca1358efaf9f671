package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.query.ProblemEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem: what it is, and every step of it (raised, notes, resolution, closing, reopenings, talks) with the day it
 * happened and the day it was recorded.
 */
record ProblemMarks(String problemId, String leadId, long version, String description, String department,
                    String raisedBy, List<Step> steps) implements Marks {

    ProblemMarks {
        steps = List.copyOf(steps);
    }

    @Override
    public String id() {
        return problemId;
    }

    /** @param dueOn the due day it sets (raised; reopened with a new one), else null */
    record Step(ProblemEntry.Kind kind, LocalDate on, LocalDate recordedOn, String by, String text, LocalDate dueOn) {
    }

    /** The problem at the end of a day; null when it was not raised (or not known) by then. */
    AtDay at(LocalDate day, boolean knownThen) {
        ProblemStatus status = null;
        LocalDate dueOn = null;
        LocalDate raisedOn = null;
        LocalDate resolvedOn = null;
        for (Step step : steps) {
            if (!Marks.known(step.on(), step.recordedOn(), day, knownThen)) {
                continue;
            }
            switch (step.kind()) {
                case RAISED -> {
                    status = ProblemStatus.ASSIGNED;
                    raisedOn = step.on();
                }
                case NOTE -> status = status == ProblemStatus.ASSIGNED ? ProblemStatus.IN_PROGRESS : status;
                case RESOLVED -> {
                    status = ProblemStatus.RESOLVED;
                    resolvedOn = step.on();
                }
                case CLOSED -> status = ProblemStatus.CLOSED;
                case REOPENED -> {
                    status = ProblemStatus.IN_PROGRESS;
                    resolvedOn = null;
                }
                default -> {
                }
            }
            dueOn = step.dueOn() == null ? dueOn : step.dueOn();
        }
        if (raisedOn == null) {
            return null;
        }
        long overdue = status.open() && day.isAfter(dueOn) ? day.toEpochDay() - dueOn.toEpochDay() : 0;
        return new AtDay(status, dueOn, raisedOn, resolvedOn, overdue);
    }

    /** @param daysOverdue days past the due day while open, else 0 */
    record AtDay(ProblemStatus status, LocalDate dueOn, LocalDate raisedOn, LocalDate resolvedOn, long daysOverdue) {
    }
}
