package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The commitment a rate looks at in one project, with its promised day, the day it was met (verified, null if not
 * yet) and how many days late: met late, the actual day minus the promised; not met and due, the day looked at minus
 * the promised; otherwise 0. For capital the promised day is that of the last tranche due by the day, and the actual
 * day the one its verified capital arrived covered all capital due; {@code milestone} is then null.
 */
record RateDays(Milestone milestone, LocalDate promisedOn, LocalDate actualOn, long daysLate) {

    private static final RateDays NOTHING_DUE = new RateDays(null, null, null, 0);

    static RateDays of(Rate rate, ProjectAtDay project) {
        return switch (rate) {
            case REGISTRATION -> milestone(project, Milestone.REGISTERED);
            case CAPITAL_ARRIVAL_AMOUNT, CAPITAL_ARRIVAL_COUNT -> capital(project);
            case CONSTRUCTION_START -> milestone(project, Milestone.CONSTRUCTION_STARTED);
            case OPERATING -> milestone(project, Milestone.OPERATING);
            case FULL_PRODUCTION -> milestone(project, Milestone.FULL_PRODUCTION);
            case PERFORMANCE, PERFORMANCE_ON_TIME -> latestDue(project);
        };
    }

    /** The commitment due by the day with the latest promised day: a milestone, or the capital due. */
    private static RateDays latestDue(ProjectAtDay project) {
        RateDays latest = capital(project);
        for (Milestone milestone : project.milestonesDue()) {
            LocalDate promised = project.promised(milestone);
            if (latest.promisedOn == null || !promised.isBefore(latest.promisedOn)) {
                latest = milestone(project, milestone);
            }
        }
        return latest;
    }

    private static RateDays milestone(ProjectAtDay project, Milestone milestone) {
        return dated(milestone, project.promised(milestone), project.reached.get(milestone), project.asOf);
    }

    private static RateDays capital(ProjectAtDay project) {
        if (!project.capitalDue()) {
            return NOTHING_DUE;
        }
        LocalDate lastDue = null;
        for (Tranche tranche : project.commitments.capitalSchedule()) {
            if (!tranche.dueOn().isAfter(project.asOf) && (lastDue == null || tranche.dueOn().isAfter(lastDue))) {
                lastDue = tranche.dueOn();
            }
        }
        LocalDate complete = null;
        BigDecimal arrived = BigDecimal.ZERO;
        for (TrackedFact fact : project.capital) {
            arrived = arrived.add(fact.amountWan());
            if (arrived.compareTo(project.capitalDueWan) >= 0) {
                complete = fact.day();
                break;
            }
        }
        return dated(null, lastDue, complete, project.asOf);
    }

    private static RateDays dated(Milestone milestone, LocalDate promised, LocalDate actual, LocalDate asOf) {
        if (promised == null) {
            return new RateDays(milestone, null, actual, 0);
        }
        LocalDate late = actual != null ? actual : asOf;
        return new RateDays(milestone, promised, actual, Math.max(0, ChronoUnit.DAYS.between(promised, late)));
    }
}
