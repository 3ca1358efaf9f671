package org.zhaoshang.crm.project.api.query;

import java.util.List;

/** A lead's signed projects, oldest agreement first. */
public record LeadProjects(String leadId, List<ProjectView> projects) {
}
