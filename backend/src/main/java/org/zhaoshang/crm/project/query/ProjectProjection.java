package org.zhaoshang.crm.project.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.api.LeadEvidence;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.FindLeadStageFloorQuery;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.FindSigningsQuery;
import org.zhaoshang.crm.project.api.query.Signings;
import org.zhaoshang.crm.project.api.query.StageFloor;
import org.zhaoshang.crm.project.api.query.FindMyReturnedProgressQuery;
import org.zhaoshang.crm.project.api.query.FindPendingProgressQuery;
import org.zhaoshang.crm.project.api.query.FindProjectQuery;
import org.zhaoshang.crm.project.api.query.PendingProgress;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.query.ReturnedProgress;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Violations;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static com.mongodb.client.model.Filters.eq;
import static org.zhaoshang.crm.project.api.query.StageFloor.STAGE_OF_MILESTONE;

/**
 * Signed projects as read: one document per project in {@value #PROJECTS} (the fold of its events, for the rates
 * and lists to come), and in {@value #INDEX} one document per lead naming its projects, one per recorder naming
 * their returned facts, one naming the facts waiting for verification (the managers' inbox) and one per year
 * counting its signings (reported and verified), so that each is an exact-key read. Idempotent: an event a
 * project's document already counts
 * (by its version) changes nothing. A single project is answered from its own events (never behind a change just
 * acknowledged); who sees its lead sees it.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ProjectProjection {

    public static final String PROJECTS = "projects";
    public static final String INDEX = "project_index";
    private static final String LEAD_PREFIX = "lead:";
    private static final String RETURNED_PREFIX = "returned:";
    private static final String SIGNINGS_PREFIX = "signings:";
    /** The one index entry naming every fact that waits for verification (the managers' inbox). */
    private static final String PENDING = "pending";

    private final MongoCollection<Document> projects;
    private final MongoCollection<Document> index;
    private final EventStore eventStore;
    private final ProjectLeads leads;
    private final ObjectMapper json;
    private final LeadEvidence documents;

    public ProjectProjection(MongoDatabase database, EventStore eventStore, ProjectLeads leads, ObjectMapper json,
                             LeadEvidence documents) {
        this.projects = database.getCollection(PROJECTS);
        this.index = database.getCollection(INDEX);
        this.eventStore = eventStore;
        this.leads = leads;
        this.json = json;
        this.documents = documents;
    }

    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long version) {
        Document stored = Documents.byId(projects, event.projectId()).orElse(null);
        if (stored != null && stored.getLong("version") >= version) {
            return;
        }
        ProjectView project = ProjectFold.apply(stored == null ? null : read(stored), event, version);
        if (project == null) {
            return;
        }
        index(event);
        countSigning(project);
        projects.replaceOne(eq("_id", project.projectId()),
                            new Document("_id", project.projectId()).append("leadId", project.leadId())
                                                                    .append("version", version)
                                                                    .append("project", write(project)),
                            new ReplaceOptions().upsert(true));
    }

    private void index(ProjectEvent event) {
        if (event instanceof ProgressRecordedEvent recorded) {
            upsert(PENDING, Updates.set("facts." + recorded.projectId() + "/" + recorded.progressId(), true));
        } else if (event instanceof ProgressVerifiedEvent verified) {
            upsert(PENDING, Updates.unset("facts." + verified.projectId() + "/" + verified.progressId()));
        } else if (event instanceof ProgressReturnedEvent returned) {
            upsert(PENDING, Updates.unset("facts." + returned.projectId() + "/" + returned.progressId()));
        }
        if (event instanceof ProjectSignedEvent signed) {
            upsert(LEAD_PREFIX + signed.leadId(), Updates.set("projects." + signed.projectId(), true));
        } else if (event instanceof ProgressReturnedEvent returned) {
            upsert(RETURNED_PREFIX + returned.recordedBy(),
                   Updates.set("facts." + returned.projectId() + "/" + returned.progressId(), true));
        } else if (event instanceof ProgressRecordedEvent recorded && recorded.replaces() != null) {
            upsert(RETURNED_PREFIX + recorded.recordedBy(),
                   Updates.unset("facts." + recorded.projectId() + "/" + recorded.replaces()));
        }
    }

    /** The project's place among its year's signings, as absolute values: a second delivery changes nothing. */
    private void countSigning(ProjectView project) {
        if (project.agreement() == null || project.agreement().signedOn() == null) {
            return;
        }
        BigDecimal investment = project.commitments() == null ? null : project.commitments().totalInvestmentCnyWan();
        boolean verified = project.progress().stream().anyMatch(
                entry -> entry.state() == VerificationState.APPROVED && entry.fact().kind() == ProgressKind.AGREEMENT);
        upsert(SIGNINGS_PREFIX + project.agreement().signedOn().getYear(),
               Updates.set("projects." + project.projectId(),
                           new Document("leadId", project.leadId()).append("stands", project.stands())
                                   .append("verified", verified)
                                   .append("investmentCnyWan", investment == null ? null
                                           : investment.toPlainString())));
    }

    private void upsert(String id, Bson update) {
        index.updateOne(eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        projects.drop();
        index.drop();
    }

    @QueryHandler
    ProjectView handle(FindProjectQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProjectView project = fromEvents(query.projectId());
        return project != null && sees(caller, project.leadId()) ? asSeenBy(caller, project) : null;
    }

    @QueryHandler
    LeadProjects handle(FindLeadProjectsQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!sees(caller, query.leadId())) {
            return null;
        }
        Document entry = Documents.byId(index, LEAD_PREFIX + query.leadId()).orElse(new Document());
        Document ids = entry.get("projects", new Document());
        return new LeadProjects(query.leadId(), ids.keySet().stream().map(this::fromEvents).filter(Objects::nonNull)
                                                   .map(project -> asSeenBy(caller, project))
                                                   .sorted(Comparator.comparing(
                                                           (ProjectView project) -> project.agreement().signedOn())
                                                                     .thenComparing(ProjectView::projectId))
                                                   .toList());
    }

    /** From the read model alone (exact-key reads, no lead folded): a lead without projects costs one lookup. */
    @QueryHandler
    StageFloor handle(FindLeadStageFloorQuery query) {
        Document entry = query.leadId() == null ? null
                : Documents.byId(index, LEAD_PREFIX + query.leadId()).orElse(null);
        Stage floor = null;
        for (String projectId : entry == null ? List.<String>of() : entry.get("projects", new Document()).keySet()) {
            ProjectView project = Documents.byId(projects, projectId).map(this::read).orElse(null);
            for (ProgressEntry fact : project == null ? List.<ProgressEntry>of() : project.progress()) {
                Stage stage = fact.state() == VerificationState.APPROVED && fact.fact().milestone() != null
                              ? STAGE_OF_MILESTONE.get(fact.fact().milestone()) : null;
                floor = stage != null && (floor == null || stage.compareTo(floor) > 0) ? stage : floor;
            }
        }
        return new StageFloor(floor);
    }

    /** One exact-key read of the year's document, added up in memory. */
    @QueryHandler
    Signings handle(FindSigningsQuery query, MetaData metaData) {
        Caller.from(metaData).require("The year's signings", Role.MANAGER);
        new Violations().between("year", query.year(), 2000, 2099).throwIfAny();
        Document year = Documents.byId(index, SIGNINGS_PREFIX + query.year()).orElse(new Document());
        int reported = 0;
        int verified = 0;
        BigDecimal reportedWan = BigDecimal.ZERO;
        BigDecimal verifiedWan = BigDecimal.ZERO;
        Set<String> reportedLeads = new TreeSet<>();
        Set<String> verifiedLeads = new TreeSet<>();
        for (Object value : year.get("projects", new Document()).values()) {
            Document signing = (Document) value;
            if (!signing.getBoolean("stands", false)) {
                continue;
            }
            BigDecimal investment = signing.getString("investmentCnyWan") == null ? BigDecimal.ZERO
                    : new BigDecimal(signing.getString("investmentCnyWan"));
            reported++;
            reportedWan = reportedWan.add(investment);
            reportedLeads.add(signing.getString("leadId"));
            if (signing.getBoolean("verified", false)) {
                verified++;
                verifiedWan = verifiedWan.add(investment);
                verifiedLeads.add(signing.getString("leadId"));
            }
        }
        return new Signings(query.year(), reported, reportedWan, verified, verifiedWan, List.copyOf(reportedLeads),
                            List.copyOf(verifiedLeads));
    }

    @QueryHandler
    ReturnedProgress handle(FindMyReturnedProgressQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        Document entry = Documents.byId(index, RETURNED_PREFIX + caller.id()).orElse(new Document());
        Document facts = entry.get("facts", new Document());
        List<ReturnedProgress.Item> items = facts.keySet().stream().map(key -> key.substring(0, key.indexOf('/')))
                .distinct().map(this::fromEvents).filter(Objects::nonNull)
                .filter(ProjectView::stands) // a withdrawn project takes no correction until it is reinstated
                .filter(project -> sees(caller, project.leadId())).map(project -> asSeenBy(caller, project))
                .flatMap(project -> project.progress().stream()
                                           .filter(fact -> fact.state() == VerificationState.RETURNED
                                                           && fact.replacedBy() == null
                                                           && fact.recordedBy().equals(caller.id()))
                                           .map(fact -> new ReturnedProgress.Item(project.projectId(),
                                                                                  project.leadId(), fact)))
                .sorted(Comparator.comparing((ReturnedProgress.Item item) -> item.progress().decidedOn())
                                  .reversed().thenComparing(item -> item.progress().progressId()))
                .toList();
        return new ReturnedProgress(items);
    }

    /** From the read model alone: the inbox may trail a decision just taken by a moment, never by more. */
    @QueryHandler
    PendingProgress handle(FindPendingProgressQuery query, MetaData metaData) {
        Caller.from(metaData).require("The verification inbox (认定)", Role.MANAGER);
        Document entry = Documents.byId(index, PENDING).orElse(new Document());
        List<PendingProgress.Item> items = entry.get("facts", new Document()).keySet().stream()
                .map(key -> key.substring(0, key.indexOf('/'))).distinct()
                .map(projectId -> Documents.byId(projects, projectId).map(this::read).orElse(null))
                .filter(Objects::nonNull)
                .flatMap(project -> project.progress().stream()
                                           .filter(fact -> fact.state() == VerificationState.PENDING)
                                           .map(fact -> new PendingProgress.Item(project.projectId(), project.leadId(),
                                                                                 project.agreement(), fact,
                                                                                 project.version())))
                .sorted(Comparator.comparing((PendingProgress.Item item) -> item.progress().recordedOn())
                                  .thenComparing(item -> item.progress().progressId()))
                .toList();
        return new PendingProgress(items.stream().limit(PendingProgress.MAX_ITEMS).toList(), items.size());
    }

    private boolean sees(Caller caller, String leadId) {
        LeadVisibility.requireLeadRole(caller);
        LeadState lead = leads.now(leadId);
        return lead.exists() && LeadVisibility.sees(caller, lead.introducedBy(), lead.team());
    }

    /**
     * The project with each fact's evidence cut to the documents of its lead the caller sees: an ambassador never
     * learns even the id of a document not shared with them.
     */
    private ProjectView asSeenBy(Caller caller, ProjectView project) {
        List<String> cited = project.progress().stream().flatMap(entry -> entry.fact().evidence().stream())
                                    .distinct().toList();
        List<String> unseen = documents.unseen(caller, project.leadId(), cited);
        if (unseen.isEmpty()) {
            return project;
        }
        return ProjectFold.withEvidence(project, evidence -> evidence.stream().filter(id -> !unseen.contains(id))
                                                                     .toList());
    }

    /** A project folded from its own events; null for an unknown id. */
    private ProjectView fromEvents(String projectId) {
        ProjectView project = null;
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof ProjectEvent projectEvent) {
                project = ProjectFold.apply(project, projectEvent, event.getSequenceNumber());
            }
        }
        return project;
    }

    private String write(ProjectView project) {
        try {
            return json.writeValueAsString(project);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private ProjectView read(Document stored) {
        try {
            return json.readValue(stored.getString("project"), ProjectView.class);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
