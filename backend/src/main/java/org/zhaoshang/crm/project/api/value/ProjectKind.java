package org.zhaoshang.crm.project.api.value;

import java.util.List;

/** What a project lands in, and so the chain of milestones it promises, in order. */
public enum ProjectKind {
    /** 楼宇类: office or space, most of the district */
    OFFICE(List.of(Milestone.REGISTERED, Milestone.MOVED_IN, Milestone.OPERATING, Milestone.FULL_PRODUCTION)),
    /** 用地类: a project on its own land */
    LAND(List.of(Milestone.REGISTERED, Milestone.LAND_SUPPLIED, Milestone.CONSTRUCTION_STARTED, Milestone.COMPLETED,
                 Milestone.OPERATING, Milestone.FULL_PRODUCTION));

    private final List<Milestone> chain;

    ProjectKind(List<Milestone> chain) {
        this.chain = chain;
    }

    /** The milestones of this kind, in the order they are reached. */
    public List<Milestone> chain() {
        return chain;
    }

    public boolean has(Milestone milestone) {
        return chain.contains(milestone);
    }

    /** The milestones of the chain before this one (none for a milestone of another kind). */
    public List<Milestone> before(Milestone milestone) {
        int at = chain.indexOf(milestone);
        return at < 0 ? List.of() : chain.subList(0, at);
    }
}
