package org.zhaoshang.crm.problem.api.value;

/** Where a problem stands (domain.md, "Key projects and supervision"). */
public enum ProblemStatus {
    /** 交办: handed to the department */
    ASSIGNED,
    /** 办理中: the department works on it (progress notes) */
    IN_PROGRESS,
    /** 办结: the department reports it solved */
    RESOLVED,
    /** 销号: a manager accepted the resolution */
    CLOSED;

    /** Open problems are chased: their days past the due day count. */
    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
