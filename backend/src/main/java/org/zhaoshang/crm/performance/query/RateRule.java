package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.project.api.value.Milestone;

/** Which projects each rate counts above and below its line (domain.md's definitions). */
final class RateRule {

    private RateRule() {
    }

    static boolean denominator(Rate rate, ProjectAtDay project) {
        return switch (rate) {
            case REGISTRATION -> project.due(Milestone.REGISTERED);
            case CAPITAL_ARRIVAL_AMOUNT, CAPITAL_ARRIVAL_COUNT -> project.capitalDue();
            case CONSTRUCTION_START -> project.due(Milestone.CONSTRUCTION_STARTED);
            case OPERATING -> project.due(Milestone.OPERATING);
            case FULL_PRODUCTION -> project.due(Milestone.FULL_PRODUCTION);
            case PERFORMANCE, PERFORMANCE_ON_TIME -> project.anyDue();
        };
    }

    /** Of the projects due, those that made it; for capital by amount, those with verified capital arrived. */
    static boolean numerator(Rate rate, ProjectAtDay project) {
        return switch (rate) {
            case REGISTRATION -> reachedWhenDue(project, Milestone.REGISTERED);
            case CAPITAL_ARRIVAL_AMOUNT -> project.capitalVerifiedWan.signum() > 0;
            case CAPITAL_ARRIVAL_COUNT -> project.capitalDue() && project.capitalMet();
            case CONSTRUCTION_START -> reachedWhenDue(project, Milestone.CONSTRUCTION_STARTED);
            case OPERATING -> reachedWhenDue(project, Milestone.OPERATING);
            case FULL_PRODUCTION -> reachedWhenDue(project, Milestone.FULL_PRODUCTION);
            case PERFORMANCE -> project.anyDue() && project.metAll();
            case PERFORMANCE_ON_TIME -> project.anyDue() && project.metAllOnTime();
        };
    }

    private static boolean reachedWhenDue(ProjectAtDay project, Milestone milestone) {
        return project.due(milestone) && project.reachedBy(milestone);
    }
}
