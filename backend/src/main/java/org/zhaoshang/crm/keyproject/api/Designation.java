package org.zhaoshang.crm.keyproject.api;

import org.zhaoshang.crm.shared.api.Violations;

/**
 * What makes a lead a key project for a year.
 *
 * @param leader     the user (role LEADER) who answers for it (包挂领导), by login name
 * @param department the responsible department's code (责任单位)
 * @param goal       the year's goal in words (年度目标)
 */
public record Designation(String leader, String department, String goal) {

    public static final int MAX_GOAL_LENGTH = 500;

    public Violations validate(Violations violations) {
        return violations.required("leader", leader).maxLength("leader", leader, Violations.MAX_NAME_LENGTH)
                         .identifier("department", department)
                         .required("goal", goal)
                         .maxLength("goal", goal, MAX_GOAL_LENGTH);
    }
}
