package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.springframework.util.FileSystemUtils;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.FindPerformanceProjectsQuery;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceProjects;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * The performance read model at a number of signed projects (made up, seeded: kinds, schedules, facts late, returned,
 * recorded weeks after they happened), fed through its event handlers into the embedded store, then asked through a
 * query bus. The baseline, in the same run, computes the same rates from the read model's documents in MongoDB (each
 * read and parsed), as a read model without the folded projects in memory would. Called by {@code ReadModelBenchmark}.
 */
public final class PerformanceBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 200;
    private static final int BASELINE_RUNS = 5;
    private static final int LEADS = 2_000;
    private static final SourceMarket[] MARKETS = SourceMarket.values();

    /** @param target the p95 the issue asks for, in ms (NaN: the baseline, or none) */
    public record Timing(String name, double p50, double p95, double target) {
    }

    private PerformanceBenchmark() {
    }

    public static List<Timing> measure(int projects, Path directory) throws Exception {
        Files.createDirectories(directory);
        Path storeDirectory = Files.createTempDirectory(directory, "performance");
        try (EmbeddedMongo store = EmbeddedMongo.start(storeDirectory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("performance-benchmark");
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Clock clock = Clock.systemUTC();
            LocalDate today = BureauTime.today(clock);
            PerformanceProjection projection = new PerformanceProjection(database, leads(), json);
            long started = System.nanoTime();
            long events = feed(projection, projects, today);
            System.out.printf(Locale.ROOT, "performance: %,d events of %,d signed projects projected in %.1f s%n",
                              events, projects, (System.nanoTime() - started) / 1e9);
            PerformanceQueries handlers = new PerformanceQueries(projection, clock);
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(handlers, ClasspathParameterResolverFactory.forClass(
                    PerformanceQueries.class)).subscribe(bus);
            QueryGateway queries = DefaultQueryGateway.builder().queryBus(bus).build();
            return timings(queries, today, database.getCollection(PerformanceProjection.PROJECTS), json, projects);
        } finally {
            FileSystemUtils.deleteRecursively(storeDirectory);
        }
    }

    private static List<Timing> timings(QueryGateway queries, LocalDate today, MongoCollection<Document> documents,
                                        ObjectMapper json, int projects) {
        LocalDate halfYearAgo = today.minusDays(182);
        String at = String.format(Locale.ROOT, " (%,d signed projects)", projects);
        List<Timing> timings = new ArrayList<>();
        timings.add(time("Performance: rates of every cohort by market, today, as known now" + at, RUNS, 100,
                         run -> report(queries, null, ConversionDimension.MARKET, null, Knowledge.AS_KNOWN_NOW)));
        timings.add(time("Performance: rates of this year's cohort by owner, today, as known now" + at, RUNS, 100,
                         run -> report(queries, today.getYear(), ConversionDimension.OWNER, null,
                                       Knowledge.AS_KNOWN_NOW)));
        timings.add(time("Performance: stuck lists (both kinds), today" + at, RUNS, 100,
                         run -> queries.query(new FindStuckProjectsQuery(null, null, Knowledge.AS_KNOWN_NOW),
                                              ResponseTypes.instanceOf(StuckProjects.class)).join()));
        timings.add(time("Performance: the projects behind a figure (performance rate, denominator)" + at, RUNS, 100,
                         run -> queries.query(new FindPerformanceProjectsQuery(
                                 null, ConversionDimension.ALL, "*", Rate.PERFORMANCE, FigurePart.DENOMINATOR, null,
                                 null), ResponseTypes.instanceOf(PerformanceProjects.class)).join()));
        timings.add(time("Performance: rates by market as of 182 days ago, as known then" + at, RUNS, 1000,
                         run -> report(queries, null, ConversionDimension.MARKET, halfYearAgo,
                                       Knowledge.AS_KNOWN_THEN)));
        timings.add(time("Performance: stuck lists as of 182 days ago, as known then" + at, RUNS, 1000,
                         run -> queries.query(new FindStuckProjectsQuery(null, halfYearAgo, Knowledge.AS_KNOWN_THEN),
                                              ResponseTypes.instanceOf(StuckProjects.class)).join()));
        timings.add(time("Baseline: the same rates by market from the documents in MongoDB (read and parsed)" + at,
                         BASELINE_RUNS, Double.NaN, run -> baseline(documents, json, today)));
        return timings;
    }

    private static PerformanceReport report(QueryGateway queries, Integer year, ConversionDimension dimension,
                                            LocalDate asOf, Knowledge knowledge) {
        return queries.query(new FindPerformanceQuery(year, dimension, asOf, knowledge),
                             ResponseTypes.instanceOf(PerformanceReport.class)).join();
    }

    /** What a query would cost if it read the projects from their documents instead of memory. */
    private static void baseline(MongoCollection<Document> documents, ObjectMapper json, LocalDate today) {
        Map<String, SliceTally> rows = new LinkedHashMap<>();
        for (Document document : documents.find().batchSize(1_000)) {
            try {
                TrackedProject project = json.readValue(document.getString("project"), TrackedProject.class);
                ProjectAtDay atDay = ProjectAtDay.of(project, today, false);
                if (atDay != null) {
                    rows.computeIfAbsent(project.lead().valueOf(ConversionDimension.MARKET),
                                         value -> new SliceTally(value, today.getYear() - 1)).add(atDay);
                }
            } catch (JsonProcessingException corrupt) {
                throw new UncheckedIOException(corrupt);
            }
        }
        rows.values().forEach(SliceTally::row);
    }

    /** The query's p50 and p95 over {@code runs} runs after a warm-up. */
    public static Timing time(String name, int runs, double target, IntConsumer query) {
        for (int run = 0; run < Math.min(WARM_UP, runs); run++) {
            query.accept(run);
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            query.accept(run);
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Timing timing = new Timing(name, percentile(millis, 50), percentile(millis, 95), target);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms%n", name, timing.p50(), timing.p95());
        return timing;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    /** Leads of every market, ten owners and five leaders, without an event store. */
    private static ProjectLeads leads() {
        return new ProjectLeads(null) {
            @Override
            public LeadState now(String leadId) {
                int lead = Integer.parseInt(leadId.substring(leadId.indexOf('-') + 1));
                LocalDate identified = LocalDate.of(2021, 1, 1);
                return new LeadState(leadId, Company.named("Company " + lead, null), MARKETS[lead % MARKETS.length],
                                     null, null, "owner-" + lead % 10, List.of(), Stage.SIGNED, Stage.SIGNED,
                                     LeadStatus.OPEN, identified, identified, null, null, LeadState.Figures.NONE,
                                     new LeadState.Assessment(null, null, "leader-" + lead % 5),
                                     LeadState.Agreement.NONE, null, LeadState.Hold.NONE, LeadState.Loss.NONE,
                                     Map.of(), Map.of(), Map.of(), List.of(), List.of());
            }
        };
    }

    /** Feeds each made-up project's events to the projection; returns how many. */
    private static long feed(PerformanceProjection projection, int projects, LocalDate today) {
        Random random = new Random(19);
        long events = 0;
        for (int i = 0; i < projects; i++) {
            List<ProjectEvent> project = project(random, "project-" + i, "lead-" + i % LEADS, today);
            for (int sequence = 0; sequence < project.size(); sequence++) {
                projection.on(project.get(sequence), sequence);
            }
            events += project.size();
        }
        return events;
    }

    private static List<ProjectEvent> project(Random random, String projectId, String leadId, LocalDate today) {
        ProjectKind kind = random.nextInt(3) == 0 ? ProjectKind.LAND : ProjectKind.OFFICE;
        LocalDate signedOn = today.minusDays(30 + random.nextInt(4 * 365));
        LocalDate recordedOn = min(signedOn.plusDays(random.nextInt(20)), today);
        List<PromisedDay> promised = new ArrayList<>();
        LocalDate day = signedOn;
        for (Milestone milestone : kind.chain()) {
            day = day.plusDays(60 + random.nextInt(180));
            promised.add(new PromisedDay(milestone, day));
        }
        List<Tranche> tranches = new ArrayList<>();
        LocalDate due = signedOn;
        for (int t = 0; t < 1 + random.nextInt(4); t++) {
            due = due.plusDays(90 + random.nextInt(270));
            tranches.add(new Tranche(due, BigDecimal.valueOf(500 + random.nextInt(20_000))));
        }
        BigDecimal total = tranches.stream().map(Tranche::amountWan).reduce(BigDecimal.ZERO, BigDecimal::add);
        Commitments commitments = new Commitments(
                kind, null, new PlannedInvestment(total, "CNY", BigDecimal.ONE, total), tranches, promised,
                BigDecimal.valueOf(100 + random.nextInt(2_000)), 50,
                kind == ProjectKind.LAND ? BigDecimal.valueOf(5 + random.nextInt(60)) : null, null, null, null);
        List<ProjectEvent> events = new ArrayList<>();
        events.add(new ProjectSignedEvent(projectId, leadId, new ProjectAgreement(signedOn, projectId,
                                                                                  AgreementBasis.FIRST_SIGNING),
                                          commitments, "staff", recordedOn));
        int fact = 0;
        for (PromisedDay milestone : promised) {
            LocalDate reached = milestone.dueOn().plusDays(random.nextInt(120) - 60);
            if (random.nextInt(10) < 3 || reached.isAfter(today)) {
                break; // stuck here
            }
            fact(events, random, projectId, leadId, "f-" + fact++, new ProgressFact(
                    ProgressKind.MILESTONE, reached, null, milestone.milestone(), null, null, List.of()), today);
        }
        for (Tranche tranche : tranches) {
            LocalDate arrived = tranche.dueOn().plusDays(random.nextInt(90) - 30);
            if (random.nextInt(10) < 2 || arrived.isAfter(today)) {
                break;
            }
            fact(events, random, projectId, leadId, "f-" + fact++, new ProgressFact(
                    ProgressKind.CAPITAL_ARRIVED, arrived, tranche.amountWan(), null, null, null, List.of()), today);
        }
        if (signedOn.getYear() < today.getYear() - 1) {
            fact(events, random, projectId, leadId, "f-" + fact, new ProgressFact(
                    ProgressKind.TAX_PAID, null, BigDecimal.valueOf(random.nextInt(2_000) + 1), null,
                    today.getYear() - 1, null, List.of()), today);
        }
        return events;
    }

    /** Recorded up to 40 days after it happened; most verified some days later, some returned, some waiting. */
    private static void fact(List<ProjectEvent> events, Random random, String projectId, String leadId,
                             String progressId, ProgressFact fact, LocalDate today) {
        LocalDate happened = fact.day() == null ? LocalDate.of(fact.year() + 1, 1, 20) : fact.day();
        LocalDate recorded = min(happened.plusDays(random.nextInt(40)), today);
        events.add(new ProgressRecordedEvent(projectId, leadId, progressId, fact, ProgressOrigin.RECORDED, "staff",
                                             recorded, null, null));
        int decision = random.nextInt(20);
        LocalDate decided = min(recorded.plusDays(random.nextInt(15)), today);
        if (decision < 17) {
            events.add(new ProgressVerifiedEvent(projectId, leadId, progressId, fact, "staff", "manager", decided,
                                                 null));
        } else if (decision < 19) {
            events.add(new ProgressReturnedEvent(projectId, leadId, progressId, "staff", "manager", decided,
                                                 "receipt unreadable"));
        }
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
