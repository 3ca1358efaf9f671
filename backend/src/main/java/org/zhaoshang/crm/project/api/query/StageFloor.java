package org.zhaoshang.crm.project.api.query;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.project.api.value.Milestone;

import java.util.Map;

/** The lowest stage a lead may be at by its projects' verified milestones; null when none binds it. */
public record StageFloor(Stage stage) {

    /** The milestones a lead's stage stands for: verified, they keep the lead at that stage or later. */
    public static final Map<Milestone, Stage> STAGE_OF_MILESTONE = Map.of(Milestone.REGISTERED, Stage.LANDED,
                                                                          Milestone.OPERATING, Stage.OPERATING);
}
