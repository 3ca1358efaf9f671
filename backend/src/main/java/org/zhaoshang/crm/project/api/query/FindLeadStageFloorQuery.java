package org.zhaoshang.crm.project.api.query;

/**
 * The lowest stage a lead may be at by its projects' verified milestones ("registered": LANDED, "operating":
 * OPERATING), or null when none binds it. Asked by the command side before a lead moves; answers a stage only.
 */
public record FindLeadStageFloorQuery(String leadId) {
}
