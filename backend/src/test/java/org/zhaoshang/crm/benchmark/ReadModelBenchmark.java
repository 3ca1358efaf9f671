package org.zhaoshang.crm.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhaoshang.crm.BackendTestApplication;
import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindBoardAsOfQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.query.LeadSummaryProjection;
import org.zhaoshang.crm.performance.query.PerformanceBenchmark;
import org.zhaoshang.crm.projection.FindProjectionsQuery;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.projection.ProjectionStatuses;
import org.zhaoshang.crm.projection.RebuildProjectionCommand;
import org.zhaoshang.crm.space.match.SpaceMatchBenchmark;
import org.zhaoshang.crm.supervision.query.SupervisionBenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Measures the read models on the embedded store filled with demo leads (the real commands), at each size given:
 * a full rebuild of every projection, then the queries managers and staff wait for (the reports among them: this
 * month's circular and this week's dispatch so far, half of the runs with the facts recorded late), through the
 * query bus, as p50/p95 in milliseconds. The baseline, measured in the same run, is the same filtered page read straight from the
 * lead list's documents with a MongoDB query, as a read model without the in-memory index would. The first run at a
 * size generates its store (about 60-90 leads/s); later runs reuse it. Prints a markdown table and writes it to
 * target/benchmark/read-models.md.
 * <p>
 * Run: {@code mvn -q -pl backend -Pread-model-benchmark test-compile exec:exec}
 * (sizes: {@code -Dbenchmark.leads=10000,100000}, none for {@code -Dbenchmark.leads=}; stores:
 * {@code -Dbenchmark.stores=target/benchmark-stores}). Then the performance of signed projects at
 * {@code -Dbenchmark.projects=10000} made-up projects (0: left out), see {@link PerformanceBenchmark}; then
 * supervision at {@code -Dbenchmark.supervisionLeads=100000} made-up leads with {@code -Dbenchmark.keyProjects=54,500}
 * key projects (0 leads: left out), see {@link SupervisionBenchmark}; then matching leads to vacant space at
 * {@code -Dbenchmark.spaceBuildings=500} buildings (40 units each) and {@code -Dbenchmark.spaceLeads=2000} leads (0
 * buildings: left out), see {@link SpaceMatchBenchmark}.
 */
public final class ReadModelBenchmark {

    private static final int WARM_UP = 300;
    private static final int RUNS = 500;
    private static final int SCAN_RUNS = 30;
    private static final int BASELINE_RUNS = 10;
    private static final SourceMarket[] MARKETS = SourceMarket.values();

    private final Map<String, Map<Integer, double[]>> results = new LinkedHashMap<>();
    private final Map<Integer, String> rebuilds = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.leads", "10000,100000").split(","))
                            .filter(size -> !size.isBlank())
                            .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        int projects = Integer.parseInt(System.getProperty("benchmark.projects", "10000").strip());
        int supervisionLeads = Integer.parseInt(System.getProperty("benchmark.supervisionLeads", "100000").strip());
        int[] keyProjects = Arrays.stream(System.getProperty("benchmark.keyProjects", "54,500").split(","))
                                  .filter(count -> !count.isBlank())
                                  .mapToInt(count -> Integer.parseInt(count.strip())).toArray();
        Path stores = Path.of(System.getProperty("benchmark.stores", "target/benchmark-stores"));
        int spaceBuildings = Integer.parseInt(System.getProperty("benchmark.spaceBuildings", "500").strip());
        int spaceLeads = Integer.parseInt(System.getProperty("benchmark.spaceLeads", "2000").strip());
        ReadModelBenchmark benchmark = new ReadModelBenchmark();
        for (int size : sizes) {
            benchmark.measure(size, stores.resolve("leads-" + size));
        }
        String table = (sizes.length == 0 ? "" : benchmark.table(sizes))
                       + (projects <= 0 ? "" : performanceTable(PerformanceBenchmark.measure(projects, stores)))
                       + (supervisionLeads <= 0 || keyProjects.length == 0 ? ""
                          : performanceTable(SupervisionBenchmark.measure(supervisionLeads, keyProjects, stores)))
                       + (spaceBuildings <= 0 ? ""
                          : performanceTable(SpaceMatchBenchmark.measure(spaceBuildings, spaceLeads, stores)));
        System.out.println(table);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/read-models.md"), table);
        System.exit(0);
    }

    private void measure(int leads, Path store) throws IOException {
        if (!Files.exists(store.resolve("zhaoshang.mv"))) {
            System.out.printf("Generating %d demo leads in %s (the real commands; this takes a while)%n", leads, store);
            Files.createDirectories(store);
            start(store, true, leads).close();
        }
        try (ConfigurableApplicationContext app = start(store, false, 0)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            MongoDatabase database = app.getBean(MongoDatabase.class);
            rebuild(leads, commands, queries);
            measureQueries(leads, queries, database.getCollection(LeadSummaryProjection.COLLECTION));
        }
    }

    private static ConfigurableApplicationContext start(Path store, boolean generate, int leads) {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--zhaoshang.data-dir=" + store.toAbsolutePath(),
                     "--zhaoshang.demo-data=" + generate,
                     "--zhaoshang.demo-leads=" + leads,
                     "--spring.main.web-application-type=none",
                     "--logging.level.root=WARN",
                     "--logging.level.org.zhaoshang.crm.demo=INFO",
                     "--logging.level.org.zhaoshang.crm.projection=INFO");
    }

    private void rebuild(int leads, CommandGateway commands, QueryGateway queries) {
        List<ProjectionStatus> before = statuses(queries);
        long events = before.get(0).head() + 1;
        long started = System.nanoTime();
        before.forEach(status -> commands.sendAndWait(new RebuildProjectionCommand(status.projection())));
        long lastReport = System.nanoTime();
        List<ProjectionStatus> behind = before;
        while (!behind.isEmpty()) {
            sleep();
            behind = statuses(queries).stream().filter(status -> !status.caughtUp()).toList();
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                System.out.println("still rebuilding: " + behind);
                lastReport = System.nanoTime();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        rebuilds.put(leads, String.format(Locale.ROOT, "%,d events into every read model: %.1f s, %,.0f events/s",
                                          events, seconds, events / seconds));
        System.out.printf("%d leads: rebuild %s%n", leads, rebuilds.get(leads));
    }

    private static List<ProjectionStatus> statuses(QueryGateway queries) {
        return queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join()
                      .projections();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void measureQueries(int leads, QueryGateway queries, MongoCollection<Document> summaries) {
        YearMonth january = Year.now().atMonth(1);
        LocalDate halfYearAgo = LocalDate.now().minusDays(182);
        time(leads, "Lead list: filtered page of 50 + total (market, open, by planned investment)", RUNS,
             run -> queries.query(new FindLeadsQuery(marketFilter(run, null), LeadSort.PLANNED_INVESTMENT, true, 0,
                                                     50), ResponseTypes.instanceOf(LeadPage.class)).join());
        time(leads, "Lead list: the same, with a text search", RUNS,
             run -> queries.query(new FindLeadsQuery(marketFilter(run, run % 2 == 0 ? "capital" : "京"),
                                                     LeadSort.IDENTIFIED_ON, true, 0, 50),
                                  ResponseTypes.instanceOf(LeadPage.class)).join());
        time(leads, "Baseline: the same page as a MongoDB query on the list's documents", BASELINE_RUNS,
             run -> baselinePage(summaries, MARKETS[run % MARKETS.length]));
        time(leads, "Pipeline board (8 columns, 20 cards each, totals)", RUNS,
             run -> queries.query(new FindPipelineBoardQuery(run % 2 == 0 ? LeadFilter.none()
                                                                          : marketFilter(run, null), 20),
                                  ResponseTypes.instanceOf(PipelineBoard.class)).join());
        time(leads, "Funnel for this year by market", RUNS,
             run -> queries.query(new FindConversionQuery(january, january.plusMonths(11), ConversionDimension.MARKET,
                                                          null, null),
                                  ResponseTypes.instanceOf(ConversionReport.class)).join());
        time(leads, "Board as of 182 days ago (as known now / then)", SCAN_RUNS,
             run -> queries.query(new FindBoardAsOfQuery(halfYearAgo, Knowledge.values()[run % 2], 20),
                                  ResponseTypes.instanceOf(BoardAsOf.class)).join());
        time(leads, "Funnel for this year by market as of 182 days ago", SCAN_RUNS,
             run -> queries.query(new FindConversionQuery(january, january.plusMonths(11), ConversionDimension.MARKET,
                                                          halfYearAgo, Knowledge.AS_KNOWN_THEN),
                                  ResponseTypes.instanceOf(ConversionReport.class)).join());
        // this month and week, as known today: a generated store recorded everything today, so a finished period
        // as known at its end would be nearly empty
        YearMonth thisMonth = YearMonth.now(BureauTime.ZONE);
        IsoWeek thisWeek = IsoWeek.of(LocalDate.now(BureauTime.ZONE));
        time(leads, "Circular for a month (this month so far; half the runs with the facts recorded late)", SCAN_RUNS,
             run -> queries.query(new FindCircularQuery(thisMonth, run % 2 == 0),
                                  ResponseTypes.instanceOf(Circular.class)).join());
        time(leads, "Dispatch for a week (this week so far; half the runs with the facts recorded late)", SCAN_RUNS,
             run -> queries.query(new FindDispatchQuery(thisWeek, run % 2 == 0),
                                  ResponseTypes.instanceOf(Dispatch.class)).join());
    }

    private static LeadFilter marketFilter(int run, String text) {
        return new LeadFilter(Set.of(MARKETS[run % MARKETS.length]), null, null, null, null, null, null, null,
                              Set.of(LeadStatus.OPEN), null, null, null, null, text, null);
    }

    private static void baselinePage(MongoCollection<Document> summaries, SourceMarket market) {
        var filter = Filters.and(Filters.eq("market", market.name()), Filters.eq("status", "OPEN"));
        List<Document> page = summaries.find(filter).sort(Sorts.descending("plannedInvestmentCnyWan")).limit(50)
                                       .into(new ArrayList<>());
        if (page.size() > 50 || summaries.countDocuments(filter) < page.size()) {
            throw new IllegalStateException("inconsistent page");
        }
    }

    private void time(int leads, String name, int runs, IntConsumer query) {
        int warmUp = Math.min(WARM_UP, runs);
        for (int run = 0; run < warmUp; run++) {
            query.accept(run);
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            query.accept(run);
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        double[] percentiles = {percentile(millis, 50), percentile(millis, 95)};
        results.computeIfAbsent(name, any -> new LinkedHashMap<>()).put(leads, percentiles);
        System.out.printf(Locale.ROOT, "%d leads: %s: p50 %.2f ms, p95 %.2f ms%n", leads, name, percentiles[0],
                          percentiles[1]);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    /** The performance or supervision read model's queries against their targets and the baseline of the same run. */
    private static String performanceTable(List<PerformanceBenchmark.Timing> timings) {
        StringBuilder table = new StringBuilder("\n| query | p50 / p95 (ms) | p95 target (ms) |\n|---|---|---|\n");
        for (PerformanceBenchmark.Timing timing : timings) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f / %.2f | %s |%n", timing.name(), timing.p50(),
                                       timing.p95(), Double.isNaN(timing.target())
                                                     ? timing.name().startsWith("Baseline") ? "baseline" : "–"
                                               : String.format(Locale.ROOT, "≤ %.0f", timing.target())));
        }
        return table.toString();
    }

    private String table(int[] sizes) {
        StringBuilder table = new StringBuilder("| query |");
        for (int size : sizes) {
            table.append(String.format(Locale.ROOT, " %,d leads p50 / p95 (ms) |", size));
        }
        table.append(sizes.length > 1 ? " p95 ratio, largest / smallest |\n" : "\n");
        table.append("|---|").append("---|".repeat(sizes.length + (sizes.length > 1 ? 1 : 0))).append('\n');
        results.forEach((name, bySize) -> {
            table.append("| ").append(name).append(" |");
            for (int size : sizes) {
                double[] figures = bySize.get(size);
                table.append(String.format(Locale.ROOT, " %.2f / %.2f |", figures[0], figures[1]));
            }
            if (sizes.length > 1) {
                table.append(String.format(Locale.ROOT, " %.1f× |",
                                           bySize.get(sizes[sizes.length - 1])[1] / bySize.get(sizes[0])[1]));
            }
            table.append('\n');
        });
        table.append('\n');
        rebuilds.forEach((leads, rebuild) -> table.append(String.format(Locale.ROOT,
                                                                         "Full rebuild at %,d leads: %s%n", leads,
                                                                         rebuild)));
        return table.toString();
    }
}
