package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.springframework.util.FileSystemUtils;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.performance.query.PerformanceBenchmark;
import org.zhaoshang.crm.performance.query.PerformanceBenchmark.Timing;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.storage.EmbeddedMongo;
import org.zhaoshang.crm.supervision.api.query.Cockpit;
import org.zhaoshang.crm.supervision.api.query.FindCockpitQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.ProblemList;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The supervision read model at a number of leads (each created with a stage move and two activities, some recorded
 * weeks late) and of key projects (each with problems in every state, instructions and verified progress), fed through
 * its event handlers in batches of 1,000 events into the embedded store, then asked through a query bus as staff, a
 * manager and a leader. The baseline, in the same run, reads the key projects' documents, their leads', problems' and
 * projects' from MongoDB and parses them (without judging anything), as a read model without memory would on every
 * question. Called by {@code ReadModelBenchmark}.
 */
public final class SupervisionBenchmark {

    private static final int RUNS = 300;
    private static final int DOSSIER_RUNS = 100;
    private static final int BASELINE_RUNS = 30;
    private static final int BATCH = 1_000;
    private static final int LEADERS = 9;
    private static final String[] DEPARTMENTS = {"dept-planning", "dept-land", "dept-finance", "dept-health"};

    private SupervisionBenchmark() {
    }

    /** Measures at {@code leads} leads with each number of key projects in turn (ascending: more are designated). */
    public static List<Timing> measure(int leads, int[] keyProjectCounts, Path directory) throws Exception {
        Files.createDirectories(directory);
        Path storeDirectory = Files.createTempDirectory(directory, "supervision");
        try (EmbeddedMongo store = EmbeddedMongo.start(storeDirectory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("supervision-benchmark");
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Clock clock = Clock.systemUTC();
            LocalDate today = BureauTime.today(clock);
            SupervisionProjection projection = new SupervisionProjection(database, json);
            Random random = new Random(20);
            long started = System.nanoTime();
            long events = feedLeads(projection, leads, today, random);
            System.out.printf(Locale.ROOT, "supervision: %,d events of %,d leads projected in %.1f s%n", events, leads,
                              (System.nanoTime() - started) / 1e9);
            QueryBus bus = bus(projection, clock);
            List<Timing> timings = new ArrayList<>();
            int designated = 0;
            for (int count : Arrays.stream(keyProjectCounts).sorted().toArray()) {
                started = System.nanoTime();
                events = designate(projection, designated, count, leads, today, random);
                designated = count;
                System.out.printf(Locale.ROOT, "supervision: %,d events of %d key projects projected in %.1f s%n",
                                  events, count, (System.nanoTime() - started) / 1e9);
                timings.addAll(timings(bus, database, json, today, String.format(
                        Locale.ROOT, " (%,d leads, %d key projects)", leads, count)));
            }
            return timings;
        } finally {
            FileSystemUtils.deleteRecursively(storeDirectory);
        }
    }

    private static QueryBus bus(SupervisionProjection projection, Clock clock) {
        SupervisionQueries handlers = new SupervisionQueries(projection, () -> RulesInForce.DEFAULTS_ONLY,
                                                             (leadId, day, knowledge) -> Optional.empty(), clock);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers, ClasspathParameterResolverFactory.forClass(
                SupervisionQueries.class)).subscribe(bus);
        return bus;
    }

    private static List<Timing> timings(QueryBus bus, MongoDatabase database, ObjectMapper json, LocalDate today,
                                        String at) {
        LocalDate halfYearAgo = today.minusDays(182);
        MetaData staff = MetaData.from(Caller.user("staff", Set.of(Role.STAFF), null).toMetaData());
        MetaData manager = MetaData.from(Caller.user("manager", Set.of(Role.MANAGER), null).toMetaData());
        MetaData leader = MetaData.from(Caller.user("leader-0", Set.of(Role.LEADER), null).toMetaData());
        List<Timing> timings = new ArrayList<>();
        timings.add(PerformanceBenchmark.time("Key projects: the year's list, today, as known now" + at, RUNS, 100,
                         run -> ask(bus, new FindKeyProjectsQuery(null, null, null, null, null), staff,
                                    KeyProjectList.class)));
        timings.add(PerformanceBenchmark.time("Key projects: the list as of 182 days ago, as known then" + at, RUNS, 100,
                         run -> ask(bus, new FindKeyProjectsQuery(null, null, null, halfYearAgo,
                                                                  Knowledge.AS_KNOWN_THEN), staff,
                                    KeyProjectList.class)));
        timings.add(PerformanceBenchmark.time("Cockpit: a leader's own, today" + at, RUNS, 100,
                         run -> ask(bus, new FindCockpitQuery(null, null, null, null), leader, Cockpit.class)));
        timings.add(PerformanceBenchmark.time("Cockpit: a manager looks at a leader's, today" + at, RUNS, 100,
                         run -> ask(bus, new FindCockpitQuery("leader-" + run % LEADERS, null, null, null), manager,
                                    Cockpit.class)));
        timings.add(PerformanceBenchmark.time("Leaders × lights, today" + at, RUNS, Double.NaN,
                         run -> bus.query(new GenericQueryMessage<>(new FindLeaderLightsQuery(null, null, null),
                                                                    ResponseTypes.multipleInstancesOf(
                                                                            LeaderLights.class)).andMetaData(manager))
                                   .join()));
        timings.add(PerformanceBenchmark.time("Problems: every one, most overdue first" + at, RUNS, Double.NaN,
                         run -> ask(bus, new FindProblemsQuery(null, null, null, null, null), staff,
                                    ProblemList.class)));
        timings.add(PerformanceBenchmark.time("Dossier: one key project with every change of its light this year" + at, DOSSIER_RUNS,
                         Double.NaN, run -> ask(bus, new FindKeyProjectQuery(today.getYear(), "lead-" + run % 54,
                                                                             null, null), staff,
                                                KeyProjectDossier.class)));
        timings.add(PerformanceBenchmark.time("Baseline: the key projects' documents with their leads', problems' and projects', read "
                         + "from MongoDB and parsed" + at, BASELINE_RUNS, Double.NaN,
                         run -> baseline(database, json)));
        return timings;
    }

    private static <R> R ask(QueryBus bus, Object query, MetaData caller, Class<R> answer) {
        return bus.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(answer)).andMetaData(caller))
                  .join().getPayload();
    }

    /** What a question would cost to read if the read model kept nothing in memory (before judging anything). */
    private static void baseline(MongoDatabase database, ObjectMapper json) {
        List<String> leads = new ArrayList<>();
        for (Document document : database.getCollection(SupervisionProjection.KEY_PROJECTS).find()) {
            leads.add(parse(json, document, KeyProjectMarks.class).leadId());
        }
        int read = 0;
        read += parseAll(database.getCollection(SupervisionProjection.LEADS), Filters.in("_id", leads), json,
                         LeadMarks.class);
        read += parseAll(database.getCollection(SupervisionProjection.PROBLEMS), Filters.in("leadId", leads), json,
                         ProblemMarks.class);
        read += parseAll(database.getCollection(SupervisionProjection.PROJECTS), Filters.in("leadId", leads), json,
                         ProjectMarks.class);
        if (read < leads.size()) {
            throw new IllegalStateException("leads missing");
        }
    }

    private static int parseAll(MongoCollection<Document> collection, org.bson.conversions.Bson filter,
                                ObjectMapper json, Class<? extends Marks> type) {
        int read = 0;
        for (Document document : collection.find(filter).batchSize(BATCH)) {
            parse(json, document, type);
            read++;
        }
        return read;
    }

    private static <T> T parse(ObjectMapper json, Document document, Class<T> type) {
        try {
            return json.readValue(document.getString("marks"), type);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }

    /** Every lead: created up to three years ago, moved once, two activities (one in five recorded weeks late). */
    private static long feedLeads(SupervisionProjection projection, int leads, LocalDate today, Random random) {
        List<Runnable> events = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < leads; i++) {
            String leadId = "lead-" + i;
            LocalDate created = today.minusDays(200 + random.nextInt(900));
            LocalDate moved = created.plusDays(random.nextInt(150));
            events.add(() -> projection.on(new LeadCreatedEvent(leadId, Company.named("Company " + leadId, null),
                                                                SourceMarket.values()[leadId.length() % 5],
                                                                Channel.CAPITAL_LED, null, "owner-" + leadId.length(),
                                                                created), 0, instant(created)));
            events.add(() -> projection.on(new LeadMovedToStageEvent(leadId, Stage.LEAD, Stage.CONTACTED, moved,
                                                                      null), 1, instant(moved)));
            for (int a = 0; a < 2; a++) {
                LocalDate met = min(moved.plusDays(random.nextInt(400)), today);
                LocalDate recorded = min(random.nextInt(5) == 0 ? met.plusDays(20 + random.nextInt(30)) : met, today);
                long version = 2 + a;
                String activityId = "a-" + a;
                events.add(() -> projection.on(new ActivityLoggedEvent(leadId, activityId, ActivityType.MEETING, met,
                                                                       List.of(), "met", false), version,
                                               instant(recorded)));
            }
            count += 4;
            if (events.size() >= BATCH) {
                inBatch(events);
            }
        }
        inBatch(events);
        return count;
    }

    /**
     * Key projects {@code from} to {@code to} - 1 on leads spread over the store (lead-0 to lead-53 first), each with
     * up to four problems (assigned, in progress, resolved, closed; some long overdue), an instruction and a verified
     * registration.
     */
    private static long designate(SupervisionProjection projection, int from, int to, int leads, LocalDate today,
                                  Random random) {
        List<Runnable> events = new ArrayList<>();
        int year = today.getYear();
        LocalDate designatedOn = LocalDate.of(year, 1, 5).isAfter(today) ? today : LocalDate.of(year, 1, 5);
        for (int k = from; k < to; k++) {
            String leadId = "lead-" + (k < 54 ? k : (k * 197L) % leads);
            String keyProject = KeyProjectIds.of(year, leadId);
            String leader = "leader-" + k % LEADERS;
            String department = DEPARTMENTS[k % DEPARTMENTS.length];
            events.add(() -> projection.on(new KeyProjectDesignatedEvent(
                    keyProject, year, leadId, new Designation(leader, department, "年内开工"), "manager",
                    designatedOn), 0));
            int problems = random.nextInt(5);
            for (int p = 0; p < problems; p++) {
                String problemId = "problem-" + k + "-" + p;
                LocalDate raised = min(designatedOn.plusDays(random.nextInt(300)), today);
                LocalDate due = raised.plusDays(10 + random.nextInt(30));
                int state = random.nextInt(4);
                events.add(() -> projection.on(new ProblemRaisedEvent(problemId, leadId, "问题 " + problemId,
                                                                      department, due, "staff", raised), 0));
                if (state >= 1) {
                    events.add(() -> projection.on(new ProblemProgressNotedEvent(problemId, leadId, "办理中", "dept",
                                                                                 min(raised.plusDays(3), today)), 1));
                }
                if (state >= 2) {
                    events.add(() -> projection.on(new ProblemResolvedEvent(problemId, leadId, "办结", "dept",
                                                                            min(raised.plusDays(20), today)), 2));
                }
                if (state >= 3) {
                    events.add(() -> projection.on(new ProblemClosedEvent(problemId, leadId, null, "manager",
                                                                          min(raised.plusDays(25), today)), 3));
                }
            }
            events.add(() -> projection.on(new InstructionWrittenEvent(keyProject, year, leadId, "i-" + keyProject,
                                                                       null, "抓紧推进", leader,
                                                                       min(designatedOn.plusDays(30), today)), 1));
            LocalDate registered = min(designatedOn.plusDays(random.nextInt(200)), today);
            events.add(() -> projection.on(new ProgressVerifiedEvent(
                    "project-" + leadId, leadId, "f-1", new ProgressFact(ProgressKind.MILESTONE, registered, null,
                                                                         Milestone.REGISTERED, null, null,
                                                                         List.of()),
                    "staff", "manager", min(registered.plusDays(7), today), null), 1));
        }
        long count = events.size();
        inBatch(events);
        return count;
    }

    /** The events in one unit of work, as the processor hands over a batch: one bulk write per collection. */
    private static void inBatch(List<Runnable> events) {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("benchmark batch"))
                         .execute(() -> events.forEach(Runnable::run));
        events.clear();
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).atZone(BureauTime.ZONE).toInstant();
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
