package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.project.api.value.Milestone;

import java.util.List;
import java.util.Set;

/**
 * What the demo does with a signed lead's projects: first the lead commands that come before (a move to LANDED), then
 * it waits until the application has begun the first project and recorded the milestones of the lead's stages, then
 * the steps.
 *
 * @param stageFacts the milestones the application records on the first project from the lead's stages
 */
record DemoProjectPlan(String leadId, String firstProjectId, List<DemoCommand> leadCommands, Set<Milestone> stageFacts,
                       List<DemoProjectStep> steps) {
}
