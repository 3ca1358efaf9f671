package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.projection.SharedReadModel;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.gte;

/**
 * Each signed project folded for performance ({@link TrackedProject}): one document per project in {@value #PROJECTS},
 * and all of them in memory, loaded once, so that rates and lists at any day are a scan of small records and never a
 * replay. Idempotent: an event a project already counts (by its version) changes nothing. The lead's slices are taken
 * from the lead as it is when the project is signed and whenever the lead's source, owner, company or responsible
 * leader changes; always the lead's state now, so a rebuild ends with the same documents as the live run.
 * <p>
 * With several nodes each processes the projects of its own segments: the documents are stored per batch (which tells
 * the other nodes to look), each node reloads the projects the others stored ({@link #reloadStoredSince}), and a
 * project whose earlier events another node applied is first read from its document.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PerformanceProjection implements SharedReadModel {

    public static final String PROJECTS = "performance_projects";
    /** When a node stored the document; the read models' checksum leaves this field out. */
    static final String STORED_AT = "storedAt";
    /** How far before the last look to read again: the nodes' clocks and their batches' commits differ a little. */
    private static final Duration CLOCKS_AND_COMMITS = Duration.ofMinutes(1);

    private final MongoCollection<Document> documents;
    private final ProjectLeads leads;
    private final ObjectMapper json;
    private final Map<String, TrackedProject> projects = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> projectsByLead = new ConcurrentHashMap<>();
    /** Projects this node changed and has not stored yet: what other nodes stored must not replace them. */
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public PerformanceProjection(MongoDatabase database, ProjectLeads leads, ObjectMapper json) {
        this.documents = database.getCollection(PROJECTS);
        this.leads = leads;
        this.json = json;
    }

    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long version) {
        loaded.ensure();
        TrackedProject result = projects.compute(event.projectId(), (projectId, project) -> {
            if (version > 0 && (project == null || version > project.version() + 1)) {
                project = newerStored(projectId, project); // another node applied the events before this one
            }
            if (project != null && project.version() >= version) {
                return project;
            }
            LeadSlices lead = event instanceof ProjectSignedEvent ? LeadSlices.of(leads.now(event.leadId()))
                                                                  : null;
            TrackedProject changed = TrackedProject.apply(project, event, version, lead);
            if (changed != null) {
                projectsByLead.computeIfAbsent(changed.leadId(), id -> ConcurrentHashMap.newKeySet()).add(projectId);
            }
            return changed;
        });
        if (result != null) {
            changed(result.projectId()); // even when already applied: a retried batch stores it again
        }
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
            projects.computeIfPresent(projectId, (id, project) -> slices.equals(project.lead()) ? project
                    : project.withLead(slices));
            changed(projectId);
        }
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            documents.drop();
            projects.clear();
            projectsByLead.clear();
            unsaved.clear();
        });
    }

    /** Every project as last folded. */
    Collection<TrackedProject> projects() {
        loaded.ensure();
        return projects.values();
    }

    /** The projects of a lead as last folded, withdrawn ones included. */
    List<TrackedProject> projectsOf(String leadId) {
        loaded.ensure();
        Set<String> ids = projectsByLead.get(leadId);
        return ids == null ? List.of() : ids.stream().map(projects::get).filter(Objects::nonNull).toList();
    }

    /** Performance keeps projects, not leads: other nodes' work arrives through {@link #reloadStoredSince}. */
    @Override
    public long reloadLead(String leadId) {
        return NOT_KEPT_PER_LEAD;
    }

    /** Takes in the projects stored since then (by any node) that are newer than, or as new as, this node's. */
    @Override
    public void reloadStoredSince(Instant since) {
        loaded.ensure();
        documents.find(gte(STORED_AT, Date.from(since.minus(CLOCKS_AND_COMMITS)))).forEach(document -> {
            TrackedProject stored = read(document.getString("project"));
            if (unsaved.contains(stored.projectId())) {
                return;
            }
            projects.compute(stored.projectId(), (id, project) -> {
                if (project != null && project.version() > stored.version()) {
                    return project;
                }
                projectsByLead.computeIfAbsent(stored.leadId(), lead -> ConcurrentHashMap.newKeySet()).add(id);
                return stored;
            });
        });
    }

    /** The project as stored when that is newer than what this node holds, else what it holds. */
    private TrackedProject newerStored(String projectId, TrackedProject held) {
        return Documents.byId(documents, projectId).map(document -> read(document.getString("project")))
                        .filter(stored -> held == null || stored.version() > held.version()).orElse(held);
    }

    private void load() {
        Documents.forEach(documents, document -> {
            TrackedProject project = read(document.getString("project"));
            projects.put(project.projectId(), project);
            projectsByLead.computeIfAbsent(project.leadId(), id -> ConcurrentHashMap.newKeySet())
                          .add(project.projectId());
        });
    }

    private void changed(String projectId) {
        unsaved.add(projectId);
        changes.changed(projectId, () -> null);
    }

    /** Stores the projects a batch changed, as they are now. */
    private void store(Map<String, Void> changed) {
        Date storedAt = new Date();
        Documents.replaceAll(documents, changed.keySet().stream().map(projects::get).filter(Objects::nonNull)
                                               .map(project -> document(project, storedAt)).toList());
        unsaved.removeAll(changed.keySet());
    }

    private Document document(TrackedProject project, Date storedAt) {
        return new Document("_id", project.projectId()).append("leadId", project.leadId())
                                                       .append("version", project.version())
                                                       .append("project", write(project))
                                                       .append(STORED_AT, storedAt);
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
