package org.zhaoshang.crm.project.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectCommitmentsChangedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.query.FindSigningsQuery;
import org.zhaoshang.crm.project.api.query.Signings;
import org.zhaoshang.crm.project.api.query.FindPendingProgressQuery;
import org.zhaoshang.crm.project.api.query.PendingProgress;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projects read model is the same whether each event arrives once or twice (delivery is at least once). */
class ProjectProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Commitments OFFICE = new Commitments(
            ProjectKind.OFFICE, null, new PlannedInvestment(new BigDecimal("300"), "USD", new BigDecimal("7.1"),
                                                            new BigDecimal("2130.00")),
            List.of(), List.of(), null, 50, null, new BigDecimal("1200"), null, null);
    private static final ProgressFact REGISTERED = new ProgressFact(ProgressKind.MILESTONE, DAY, null,
                                                                    Milestone.REGISTERED, null, null,
                                                                    List.of("doc-1"));
    private static final ProgressFact CAPITAL = new ProgressFact(ProgressKind.CAPITAL_ARRIVED, DAY,
                                                                 new BigDecimal("500"), null, null, null,
                                                                 List.of("doc-2"));

    /** The events of two projects of one lead, in the order of each project (index = sequence number). */
    private static final List<ProjectEvent> FIRST = List.of(
            new ProjectSignedEvent("p-1", "lead-1", new ProjectAgreement(DAY.minusMonths(6), "LX-1",
                                                                         AgreementBasis.FIRST_SIGNING), OFFICE,
                                   "li.na", DAY.minusMonths(6)),
            new ProjectCommitmentsChangedEvent("p-1", "lead-1", OFFICE, "li.na", DAY),
            new ProgressRecordedEvent("p-1", "lead-1", "f-1", REGISTERED, ProgressOrigin.LEAD_STAGE, "li.na", DAY,
                                      null, null),
            new ProgressVerifiedEvent("p-1", "lead-1", "f-1", REGISTERED, "li.na", "manager", DAY, null),
            new ProgressRecordedEvent("p-1", "lead-1", "f-2", CAPITAL, ProgressOrigin.RECORDED, "li.na", DAY, null,
                                      null),
            new ProgressReturnedEvent("p-1", "lead-1", "f-2", "li.na", "manager", DAY, "receipt unreadable"),
            new ProgressRecordedEvent("p-1", "lead-1", "f-3", CAPITAL, ProgressOrigin.RECORDED, "li.na", DAY, null,
                                      "f-2"),
            new ProgressRecordedEvent("p-1", "lead-1", "f-4", CAPITAL, ProgressOrigin.RECORDED, "liu.yang", DAY, null,
                                      null),
            new ProgressReturnedEvent("p-1", "lead-1", "f-4", "liu.yang", "manager", DAY, "duplicate"));
    private static final List<ProjectEvent> SECOND = List.of(
            new ProjectSignedEvent("p-2", "lead-1", new ProjectAgreement(DAY, "LX-2",
                                                                         AgreementBasis.CAPITAL_INCREASE), OFFICE,
                                   "li.na", DAY));

    private static ProjectProjection projection(MongoDatabase database) {
        return new ProjectProjection(database, null, null, JSON, null);
    }

    private static Map<String, Object> contents(MongoDatabase database) {
        Map<String, Object> contents = new TreeMap<>();
        for (String collection : List.of(ProjectProjection.PROJECTS, ProjectProjection.INDEX,
                                         ProjectProjection.PENDING, ProjectProjection.RETURNED,
                                         ProjectProjection.SIGNINGS)) {
            for (Document document : database.getCollection(collection).find()) {
                contents.put(collection + "/" + document.get("_id"), document.toJson());
            }
        }
        return contents;
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameReadModel() {
        MongoDatabase once = STORE.database("projects-once");
        ProjectProjection single = projection(once);
        for (int i = 0; i < FIRST.size(); i++) {
            single.on(FIRST.get(i), i);
        }
        single.on(SECOND.get(0), 0);

        MongoDatabase twice = STORE.database("projects-twice");
        ProjectProjection doubled = projection(twice);
        for (int i = 0; i < FIRST.size(); i++) {
            doubled.on(FIRST.get(i), i);
            doubled.on(FIRST.get(i), i);
            if (i > 0) {
                doubled.on(FIRST.get(i - 1), i - 1); // a batch retried after a later event was written
            }
        }
        doubled.on(SECOND.get(0), 0);
        doubled.on(SECOND.get(0), 0);

        assertThat(contents(twice)).isEqualTo(contents(once));
    }

    @Test
    void aProjectDocumentHoldsItsCommitmentsAndEachFactWithItsVerification() throws Exception {
        MongoDatabase database = STORE.database("projects-content");
        ProjectProjection projection = projection(database);
        for (int i = 0; i < FIRST.size(); i++) {
            projection.on(FIRST.get(i), i);
        }
        projection.on(SECOND.get(0), 0);

        Document stored = database.getCollection(ProjectProjection.PROJECTS).find(new Document("_id", "p-1")).first();
        ProjectView project = JSON.readValue(stored.getString("project"), ProjectView.class);
        assertThat(project.version()).isEqualTo(8);
        assertThat(project.commitments().totalInvestmentCnyWan()).isEqualByComparingTo("2130");
        assertThat(project.progress()).extracting(entry -> entry.progressId() + "/" + entry.state() + "/"
                                                           + entry.decidedBy() + "/" + entry.replacedBy())
                                      .containsExactly("f-1/APPROVED/manager/null", "f-2/RETURNED/manager/f-3",
                                                       "f-3/PENDING/null/null", "f-4/RETURNED/manager/null");
        assertThat(project.progress().get(1).reason()).isEqualTo("receipt unreadable");
        assertThat(project.progress().get(0).state()).isEqualTo(VerificationState.APPROVED);

        Document lead = database.getCollection(ProjectProjection.INDEX).find(new Document("_id", "lead:lead-1"))
                                .first();
        assertThat(lead.get("projects", Document.class).keySet()).containsExactlyInAnyOrder("p-1", "p-2");
        // f-2 returned to li.na was corrected by f-3; f-4 returned to liu.yang waits for a correction
        assertThat(database.getCollection(ProjectProjection.RETURNED).find())
                .extracting(fact -> fact.get("_id") + " to " + fact.get("recordedBy"))
                .containsExactly("p-1/f-4 to liu.yang");
    }

    @Test
    void aYearsSigningsCountEachStandingProjectOnceAsReportedAndItsVerifiedAgreementOnceAsVerified() {
        MongoDatabase database = STORE.database("projects-signings");
        ProjectProjection projection = projection(database);
        ProgressFact agreement = new ProgressFact(ProgressKind.AGREEMENT, DAY, null, null, null, null,
                                                  List.of("doc-scan"));
        ProjectAgreement signed = new ProjectAgreement(DAY, "LX-3", AgreementBasis.FIRST_SIGNING);
        List<ProjectEvent> third = List.of(
                new ProjectSignedEvent("p-3", "lead-3", signed, OFFICE, "li.na", DAY),
                new ProgressRecordedEvent("p-3", "lead-3", "f-1", agreement, ProgressOrigin.RECORDED, "li.na", DAY,
                                          null, null),
                new ProgressVerifiedEvent("p-3", "lead-3", "f-1", agreement, "li.na", "manager", DAY, null));
        List<ProjectEvent> fourth = List.of(
                new ProjectSignedEvent("p-4", "lead-4", new ProjectAgreement(DAY, "LX-4", AgreementBasis.FIRST_SIGNING),
                                       OFFICE, "li.na", DAY),
                new ProjectWithdrawnEvent("p-4", "lead-4", "li.na", DAY, "moved back from SIGNED to INTENT"));
        for (List<ProjectEvent> events : List.of(FIRST, SECOND, third, fourth)) {
            for (int i = 0; i < events.size(); i++) {
                projection.on(events.get(i), i);
                projection.on(events.get(i), i);
            }
        }
        MetaData manager = MetaData.from(Caller.user("manager", Set.of(Role.MANAGER), null).toMetaData());

        Signings signings = projection.handle(new FindSigningsQuery(DAY.getYear()), manager);

        // p-1, p-2 (a capital increase) and p-3 stand, p-4 is withdrawn; only p-3's agreement is verified
        assertThat(signings.reportedProjects()).isEqualTo(3);
        assertThat(signings.reportedInvestmentWan()).isEqualByComparingTo("6390");
        assertThat(signings.verifiedProjects()).isEqualTo(1);
        assertThat(signings.verifiedInvestmentWan()).isEqualByComparingTo("2130");
        assertThat(signings.verifiedLeadIds()).containsExactly("lead-3");

        projection.on(new ProjectReinstatedEvent("p-4", "lead-4", "li.na", DAY), 2);
        assertThat(projection.handle(new FindSigningsQuery(DAY.getYear()), manager).reportedProjects()).isEqualTo(4);
        assertThatThrownBy(() -> projection.handle(
                new FindSigningsQuery(DAY.getYear()),
                MetaData.from(Caller.user("li.na", Set.of(Role.STAFF), null).toMetaData())))
                                       .isInstanceOf(NotPermittedException.class);
    }

    private static MetaData as(String user, Role role) {
        return MetaData.from(Caller.user(user, java.util.Set.of(role), null).toMetaData());
    }

    @Test
    void theVerificationInboxListsEveryPendingFactOnceAndForgetsItOnceDecided() {
        MongoDatabase database = STORE.database("projects-pending");
        ProjectProjection projection = projection(database);
        for (int i = 0; i < FIRST.size(); i++) {
            projection.on(FIRST.get(i), i);
            projection.on(FIRST.get(i), i);
        }

        PendingProgress pending = projection.handle(new FindPendingProgressQuery(), as("manager", Role.MANAGER));

        // f-1 verified, f-2 and f-4 returned: f-3 alone waits, with its project and lead
        assertThat(pending.items()).extracting(item -> item.projectId() + "/" + item.leadId() + "/"
                                                       + item.progress().progressId() + "/"
                                                       + item.agreement().reference())
                                   .containsExactly("p-1/lead-1/f-3/LX-1");
        assertThat(pending.total()).isEqualTo(1);

        projection.on(new ProgressVerifiedEvent("p-1", "lead-1", "f-3", CAPITAL, "li.na", "manager", DAY, null), 9);
        assertThat(projection.handle(new FindPendingProgressQuery(), as("manager", Role.MANAGER)).items()).isEmpty();
    }

    /**
     * The embedded store rewrites (and compares) a whole document on each update: an index kept in one document per
     * year or inbox made a rebuild of 100,000 leads slower with every event until it stalled. Each fact has a
     * document of its own, so none grows with the store.
     */
    @Test
    void noDocumentGrowsWithTheNumberOfSigningsAndFactsWaiting() {
        MongoDatabase database = STORE.database("projects-many");
        ProjectProjection projection = projection(database);
        int signings = 300;
        for (int i = 0; i < signings; i++) {
            String projectId = "p-many-" + i;
            String leadId = "lead-many-" + i;
            projection.on(new ProjectSignedEvent(projectId, leadId, new ProjectAgreement(
                    DAY, "LX-" + i, AgreementBasis.FIRST_SIGNING), OFFICE, "li.na", DAY), 0);
            projection.on(new ProgressRecordedEvent(projectId, leadId, "f-1", CAPITAL, ProgressOrigin.RECORDED,
                                                    "li.na", DAY, null, null), 1);
            projection.on(new ProgressRecordedEvent(projectId, leadId, "f-2", CAPITAL, ProgressOrigin.RECORDED,
                                                    "li.na", DAY, null, null), 2);
            projection.on(new ProgressReturnedEvent(projectId, leadId, "f-2", "li.na", "manager", DAY, "blurred"), 3);
        }

        int largest = 0;
        for (String collection : database.listCollectionNames()) {
            if (collection.equals(ProjectProjection.PROJECTS)) {
                continue; // one document per project, as big as its own facts
            }
            for (Document document : database.getCollection(collection).find()) {
                largest = Math.max(largest, document.toJson().length());
            }
        }
        assertThat(largest).as("the largest index document, in characters").isLessThan(500);
        Signings year = projection.handle(new FindSigningsQuery(DAY.getYear()), as("manager", Role.MANAGER));
        assertThat(year.reportedProjects()).isEqualTo(signings);
        assertThat(year.reportedInvestmentWan()).isEqualByComparingTo(new BigDecimal("2130").multiply(
                BigDecimal.valueOf(signings)));
        assertThat(projection.handle(new FindPendingProgressQuery(), as("manager", Role.MANAGER)).total())
                .isEqualTo(signings);
    }

    /** A store of layout 3 goes on from its tokens: its single index documents become the documents per fact. */
    @Test
    void theSingleIndexDocumentsOfLayoutThreeAreSplitIntoTheDocumentsTheEventsGive() {
        ProgressFact agreement = new ProgressFact(ProgressKind.AGREEMENT, DAY, null, null, null, null,
                                                  List.of("doc-scan"));
        List<ProjectEvent> third = List.of(
                new ProjectSignedEvent("p-3", "lead-3", new ProjectAgreement(DAY.minusYears(1), "LX-3",
                                                                             AgreementBasis.FIRST_SIGNING),
                                       OFFICE, "li.na", DAY),
                new ProgressRecordedEvent("p-3", "lead-3", "f-1", agreement, ProgressOrigin.RECORDED, "li.na", DAY,
                                          null, null),
                new ProgressVerifiedEvent("p-3", "lead-3", "f-1", agreement, "li.na", "manager", DAY, null),
                new ProjectWithdrawnEvent("p-3", "lead-3", "li.na", DAY, "moved back from SIGNED to INTENT"));
        MongoDatabase fromEvents = STORE.database("projects-layout-4");
        MongoDatabase split = STORE.database("projects-layout-3");
        for (MongoDatabase database : List.of(fromEvents, split)) {
            ProjectProjection projection = projection(database);
            for (List<ProjectEvent> events : List.of(FIRST, SECOND, third)) {
                for (int i = 0; i < events.size(); i++) {
                    projection.on(events.get(i), i);
                }
            }
        }
        // the index as layout 3 kept it, besides the projects and the leads' documents (which stay as they were)
        for (String collection : List.of(ProjectProjection.PENDING, ProjectProjection.RETURNED,
                                         ProjectProjection.SIGNINGS)) {
            split.getCollection(collection).drop();
        }
        String wan = OFFICE.totalInvestmentCnyWan().toPlainString();
        split.getCollection(ProjectProjection.INDEX).insertMany(List.of(
                new Document("_id", "pending").append("facts", new Document("p-1/f-3", true)),
                new Document("_id", "returned:li.na").append("facts", new Document()),
                new Document("_id", "returned:liu.yang").append("facts", new Document("p-1/f-4", true)),
                new Document("_id", "signings:" + DAY.getYear()).append("projects", new Document(
                        "p-1", new Document("leadId", "lead-1").append("stands", true).append("verified", false)
                                                               .append("investmentCnyWan", wan))
                        .append("p-2", new Document("leadId", "lead-1").append("stands", true)
                                                                       .append("verified", false)
                                                                       .append("investmentCnyWan", wan))),
                new Document("_id", "signings:" + (DAY.getYear() - 1)).append("projects", new Document(
                        "p-3", new Document("leadId", "lead-3").append("stands", false).append("verified", true)
                                                               .append("investmentCnyWan", wan)))));

        new ProjectIndexSplit(split).split();
        new ProjectIndexSplit(split).split(); // the next start finds nothing left to split

        assertThat(contents(split)).isEqualTo(contents(fromEvents));
        assertThat(projection(split).handle(new FindSigningsQuery(DAY.getYear()), as("manager", Role.MANAGER)))
                .isEqualTo(projection(fromEvents).handle(new FindSigningsQuery(DAY.getYear()),
                                                         as("manager", Role.MANAGER)));
    }

    @Test
    void onlyManagersAskForTheVerificationInbox() {
        ProjectProjection projection = projection(STORE.database("projects-pending-staff"));

        assertThatThrownBy(() -> projection.handle(new FindPendingProgressQuery(), as("staff", Role.STAFF)))
                .isInstanceOf(NotPermittedException.class);
    }
}
