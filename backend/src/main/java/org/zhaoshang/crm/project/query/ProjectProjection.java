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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static com.mongodb.client.model.Filters.eq;
import static org.zhaoshang.crm.project.api.query.StageFloor.STAGE_OF_MILESTONE;

/**
 * Signed projects as read: one document per project in {@value #PROJECTS} (the fold of its events, for the rates
 * and lists to come), one per lead in {@value #INDEX} naming its projects (an exact-key read), and one document per
 * fact: per fact waiting for verification in {@value #PENDING} (the managers' inbox), per fact returned and not yet
 * corrected in {@value #RETURNED} (with who recorded it), per signed project in {@value #SIGNINGS} (its year,
 * whether it stands and is verified, its investment). A document per fact and not one per inbox or year: the
 * embedded store rewrites and compares a whole document on every update, and such a document grew with the store
 * until a rebuild of 100,000 leads stalled. Idempotent: an event a project's document already counts (by its
 * version) changes nothing. A single project is answered from its own events (never behind a change just
 * acknowledged); who sees its lead sees it.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ProjectProjection {

    public static final String PROJECTS = "projects";
    public static final String INDEX = "project_index";
    public static final String PENDING = "project_pending";
    public static final String RETURNED = "project_returned";
    public static final String SIGNINGS = "project_signings";
    private static final String LEAD_PREFIX = "lead:";
    private static final int BATCH = 1_000;

    private final MongoCollection<Document> projects;
    private final MongoCollection<Document> index;
    private final MongoCollection<Document> pending;
    private final MongoCollection<Document> returned;
    private final MongoCollection<Document> signings;
    private final EventStore eventStore;
    private final ProjectLeads leads;
    private final ObjectMapper json;
    private final LeadEvidence documents;

    public ProjectProjection(MongoDatabase database, EventStore eventStore, ProjectLeads leads, ObjectMapper json,
                             LeadEvidence documents) {
        this.projects = database.getCollection(PROJECTS);
        this.index = database.getCollection(INDEX);
        this.pending = database.getCollection(PENDING);
        this.returned = database.getCollection(RETURNED);
        this.signings = database.getCollection(SIGNINGS);
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
        if (event instanceof ProjectSignedEvent signed) {
            index.updateOne(eq("_id", LEAD_PREFIX + signed.leadId()),
                            Updates.set("projects." + signed.projectId(), true), new UpdateOptions().upsert(true));
        } else if (event instanceof ProgressRecordedEvent recorded) {
            store(pending, IndexDocuments.pending(recorded.projectId(), recorded.progressId()));
            if (recorded.replaces() != null) {
                returned.deleteOne(eq("_id", IndexDocuments.factId(recorded.projectId(), recorded.replaces())));
            }
        } else if (event instanceof ProgressVerifiedEvent verified) {
            pending.deleteOne(eq("_id", IndexDocuments.factId(verified.projectId(), verified.progressId())));
        } else if (event instanceof ProgressReturnedEvent sentBack) {
            pending.deleteOne(eq("_id", IndexDocuments.factId(sentBack.projectId(), sentBack.progressId())));
            store(returned, IndexDocuments.returned(sentBack.projectId(), sentBack.progressId(),
                                                    sentBack.recordedBy()));
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
        store(signings, IndexDocuments.signing(project.projectId(), project.agreement().signedOn().getYear(),
                                               project.leadId(), project.stands(), verified,
                                               investment == null ? null : investment.toPlainString()));
    }

    private static void store(MongoCollection<Document> collection, Document document) {
        collection.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        for (MongoCollection<Document> collection : List.of(projects, index, pending, returned, signings)) {
            collection.drop();
        }
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

    /** The year's signings (one document each), added up in memory. */
    @QueryHandler
    Signings handle(FindSigningsQuery query, MetaData metaData) {
        Caller.from(metaData).require("The year's signings", Role.MANAGER);
        new Violations().between("year", query.year(), 2000, 2099).throwIfAny();
        int reported = 0;
        int verified = 0;
        BigDecimal reportedWan = BigDecimal.ZERO;
        BigDecimal verifiedWan = BigDecimal.ZERO;
        Set<String> reportedLeads = new TreeSet<>();
        Set<String> verifiedLeads = new TreeSet<>();
        for (Document signing : signings.find(eq(IndexDocuments.YEAR, query.year()))) {
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
        List<ReturnedProgress.Item> items = projectIds(returned.find(eq(IndexDocuments.RECORDED_BY, caller.id())))
                .stream().map(this::fromEvents).filter(Objects::nonNull)
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
        List<PendingProgress.Item> items = projectIds(pending.find().batchSize(BATCH)).stream()
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

    /** The projects of these facts, each once, in the order of their first fact. */
    private static Set<String> projectIds(Iterable<Document> facts) {
        Set<String> projectIds = new LinkedHashSet<>();
        facts.forEach(fact -> projectIds.add(fact.getString(IndexDocuments.PROJECT_ID)));
        return projectIds;
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
