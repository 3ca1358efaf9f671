package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.ReadModels;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each signed project folded for performance ({@link TrackedProject}): one document per project in {@value #PROJECTS},
 * and all of them in memory, loaded once, so that rates and lists at any day are a scan of small records and never a
 * replay. Idempotent: an event a project already counts (by its version) changes nothing. The lead's slices are taken
 * from the lead as it is when the project is signed and whenever the lead's source, owner, company or responsible
 * leader changes; always the lead's state now, so a rebuild ends with the same documents as the live run.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PerformanceProjection {

    public static final String PROJECTS = "performance_projects";

    private final MongoCollection<Document> documents;
    private final ProjectLeads leads;
    private final ObjectMapper json;
    private final Map<String, TrackedProject> projects = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> projectsByLead = new ConcurrentHashMap<>();
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public PerformanceProjection(MongoDatabase database, ProjectLeads leads, ObjectMapper json) {
        this.documents = database.getCollection(PROJECTS);
        this.leads = leads;
        this.json = json;
    }

    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long version) {
        loaded.ensure();
        projects.compute(event.projectId(), (projectId, project) -> {
            if (project != null && project.version() >= version) {
                return project;
            }
            LeadSlices lead = event instanceof ProjectSignedEvent ? LeadSlices.of(leads.now(event.leadId()))
                                                                  : null;
            TrackedProject changed = TrackedProject.apply(project, event, version, lead);
            if (changed != null) {
                store(changed);
                projectsByLead.computeIfAbsent(changed.leadId(), id -> ConcurrentHashMap.newKeySet()).add(projectId);
            }
            return changed;
        });
    }

    /** What slices performance or names who answers for it changed on a lead with projects. */
    @EventHandler
    void on(LeadEvent event) {
        if (!(event instanceof LeadSourceChangedEvent || event instanceof LeadReassignedEvent
              || event instanceof LeadCompanyUpdatedEvent || event instanceof LeadAssessmentUpdatedEvent)) {
            return;
        }
        loaded.ensure();
        Set<String> ids = projectsByLead.get(event.leadId());
        if (ids == null || ids.isEmpty()) {
            return;
        }
        LeadSlices slices = LeadSlices.of(leads.now(event.leadId()));
        for (String projectId : ids) {
            projects.computeIfPresent(projectId, (id, project) -> {
                if (slices.equals(project.lead())) {
                    return project;
                }
                TrackedProject changed = project.withLead(slices);
                store(changed);
                return changed;
            });
        }
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            documents.drop();
            projects.clear();
            projectsByLead.clear();
        });
    }

    /** Every project as last folded. */
    Collection<TrackedProject> projects() {
        loaded.ensure();
        return projects.values();
    }

    private void load() {
        Documents.forEach(documents, document -> {
            TrackedProject project = read(document.getString("project"));
            projects.put(project.projectId(), project);
            projectsByLead.computeIfAbsent(project.leadId(), id -> ConcurrentHashMap.newKeySet())
                          .add(project.projectId());
        });
    }

    private void store(TrackedProject project) {
        documents.replaceOne(eq("_id", project.projectId()),
                             new Document("_id", project.projectId()).append("leadId", project.leadId())
                                                                     .append("version", project.version())
                                                                     .append("project", write(project)),
                             new ReplaceOptions().upsert(true));
    }

    private String write(TrackedProject project) {
        try {
            return json.writeValueAsString(project);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private TrackedProject read(String stored) {
        try {
            return json.readValue(stored, TrackedProject.class);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
