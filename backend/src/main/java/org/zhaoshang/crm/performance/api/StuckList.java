package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.project.api.value.ProjectKind;

import java.util.List;

/**
 * The lists of stuck projects (六未): the next step of the chain is overdue. Capital (all capital due arrived) is the
 * step after registration for both kinds.
 */
public enum StuckList {
    /** 签约未注册 */
    SIGNED_NOT_REGISTERED(List.of(ProjectKind.OFFICE, ProjectKind.LAND)),
    /** 注册未到资 */
    REGISTERED_WITHOUT_CAPITAL(List.of(ProjectKind.OFFICE, ProjectKind.LAND)),
    /** 到资未供地 */
    CAPITAL_WITHOUT_LAND(List.of(ProjectKind.LAND)),
    /** 供地未开工 */
    LAND_WITHOUT_CONSTRUCTION(List.of(ProjectKind.LAND)),
    /** 开工未竣工 */
    STARTED_NOT_COMPLETED(List.of(ProjectKind.LAND)),
    /** 竣工未投产 */
    COMPLETED_NOT_OPERATING(List.of(ProjectKind.LAND)),
    /** 注册未入驻 */
    REGISTERED_NOT_MOVED_IN(List.of(ProjectKind.OFFICE)),
    /** 入驻未运营 */
    MOVED_IN_NOT_OPERATING(List.of(ProjectKind.OFFICE));

    private final List<ProjectKind> kinds;

    StuckList(List<ProjectKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds of project the list can hold. */
    public List<ProjectKind> kinds() {
        return kinds;
    }
}
