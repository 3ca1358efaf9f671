package org.zhaoshang.crm.browser;

import org.zhaoshang.crm.AppProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How quickly the dashboard and the leads view become usable in Debian's Chromium, and how much server heap an open
 * UI session holds, on the production jar with demo stores of a baseline size and of 10,000 leads. The sign-in page,
 * which reads no leads, is the baseline of the framework's own cost. Prints a table; asserts nothing.
 *
 * <p>{@code mvn -q -pl ui -Pui-benchmark test-compile exec:exec} after {@code mvn -B -DskipTests install}. Stores are
 * kept under {@code target/ui-benchmark} (or the directory {@code -Dbenchmark.stores} names, which outlives
 * {@code mvn clean}) and made on first use (10,000 leads take a few minutes); a kept store is reused.
 */
public final class UiBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 12;
    private static final int SESSIONS = 10;
    private static final String SIGN_IN_READY = "document.querySelector(\"input[name='username']\") !== null";
    private static final String DASHBOARD_READY = "document.querySelectorAll('.target-card').length === 5"
                                                  + " && document.querySelectorAll('.echart canvas').length >= 3";
    private static final String LEADS_READY = """
            (() => {
              const grid = document.querySelector('vaadin-grid');
              return !!grid && !grid.hasAttribute('loading')
                     && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                          .filter(cell => cell.textContent.trim()).length >= 60;
            })()""";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Browser.available()) {
            throw new IllegalStateException("Chromium and chromedriver are needed: apt-get install chromium "
                                            + "chromium-driver");
        }
        int[] sizes = Arrays.stream(System.getProperty("benchmark.leads", "300,10000").split(","))
                            .mapToInt(Integer::parseInt).toArray();
        Map<Integer, Map<String, double[]>> results = new LinkedHashMap<>();
        for (int leads : sizes) {
            results.put(leads, measure(leads));
        }
        print(sizes, results);
    }

    private static Map<String, double[]> measure(int leads) throws Exception {
        Map<String, double[]> figures = new LinkedHashMap<>();
        Path store = Path.of(System.getProperty("benchmark.stores", "target/ui-benchmark"), "leads-" + leads);
        long started = System.nanoTime();
        System.err.printf("%,d leads: starting the app on %s (a new store is filled first)%n", leads, store);
        try (AppProcess app = AppProcess.startDemo(store, "ui-benchmark-" + leads, leads, "2g");
             Browser browser = new Browser(app.port(), "zh-CN")) {
            System.err.printf("%,d leads: ready after %d s%n", leads, (System.nanoTime() - started) / 1_000_000_000);
            figures.put("Sign-in page, usable (baseline)", repeat(() -> browser.timeUntilUsable("/login",
                                                                                                 SIGN_IN_READY)));
            browser.signIn("manager", "demo");
            figures.put("Dashboard, usable (5 target cards and 3 charts drawn)",
                        repeat(() -> browser.timeUntilUsable("/dashboard", DASHBOARD_READY)));
            figures.put("Leads view, usable (first rows of the grid drawn)",
                        repeat(() -> browser.timeUntilUsable("/leads", LEADS_READY)));

            figures.put("Heap per open session on the leads view (KB)",
                        new double[]{heapPerSession(app, browser, "/leads", LEADS_READY)});
            figures.put("Heap per open session on the dashboard (KB)",
                        new double[]{heapPerSession(app, browser, "/dashboard", DASHBOARD_READY)});
        }
        return figures;
    }

    /** p50 and p95 of the loads after the warm-up. */
    private static double[] repeat(java.util.function.DoubleSupplier load) {
        double[] times = new double[RUNS];
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            double time = load.getAsDouble();
            if (run >= WARM_UP) {
                times[run - WARM_UP] = time;
            }
        }
        Arrays.sort(times);
        return new double[]{times[(RUNS - 1) / 2], times[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    /**
     * The growth of the heap in use after full collections (KB) per session opened on the view, each left open. A
     * first round of sessions warms the view up (classes, caches) and is not counted.
     */
    private static double heapPerSession(AppProcess app, Browser browser, String path, String ready)
            throws IOException, InterruptedException {
        openSessions(browser, path, ready);
        long before = heapUsedAfterGc(app.pid());
        openSessions(browser, path, ready);
        long after = heapUsedAfterGc(app.pid());
        System.err.printf("%s: heap in use %,d KB before and %,d KB after %d more open sessions%n", path, before,
                          after, SESSIONS);
        return (after - before) / (double) SESSIONS;
    }

    /** Each in a session of its own (a new tab after the cookies are forgotten), left open. */
    private static void openSessions(Browser browser, String path, String ready) {
        for (int session = 0; session < SESSIONS; session++) {
            browser.newSessionInNewTab();
            browser.signIn("manager", "demo");
            browser.timeUntilUsable(path, ready);
        }
    }

    /** The app's heap in use (KB) after two full collections, read with the JDK's jcmd. */
    private static long heapUsedAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                                          String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static void print(int[] sizes, Map<Integer, Map<String, double[]>> results) {
        StringBuilder header = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int leads : sizes) {
            header.append(String.format(" %,d leads |", leads));
            rule.append("---|");
        }
        header.append(" ratio (last / first) |");
        rule.append("---|");
        System.out.println();
        System.out.println("Times in ms from the start of navigation to the first frame drawn with the view usable, "
                           + "p50 / p95 of " + RUNS + " loads after " + WARM_UP + " warm-up loads; heap per "
                           + "session over " + SESSIONS + " sessions.");
        System.out.println(header);
        System.out.println(rule);
        for (String measure : results.get(sizes[0]).keySet()) {
            StringBuilder row = new StringBuilder("| " + measure + " |");
            for (int leads : sizes) {
                double[] figure = results.get(leads).get(measure);
                row.append(figure.length == 2 ? String.format(" %.0f / %.0f |", figure[0], figure[1])
                                              : String.format(" %,.0f |", figure[0]));
            }
            double[] first = results.get(sizes[0]).get(measure);
            double[] last = results.get(sizes[sizes.length - 1]).get(measure);
            double a = first[first.length - 1];
            double b = last[last.length - 1];
            row.append(a > 0 ? String.format(" %.1f× |", b / a) : " — |");
            System.out.println(row);
        }
    }
}
