package org.zhaoshang.crm.benchmark;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.BackendTestApplication;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.run.ImportProgress;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.security.users.UserAuthentication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The import of a generated desk sheet of 10,000 rows (.xlsx and .csv) on a new embedded store: reading, the dry run,
 * the import, and the same file again; the baseline, measured in the same run, is as many bare CreateLeadCommands
 * (no figures, contact or stage) given on as many threads. Prints a table; asserts nothing.
 *
 * <p>{@code mvn -q -pl backend -Pimport-benchmark test-compile exec:exec}
 */
public final class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 10_000);
    private static final String[] MARKETS = {"伦敦", "HK", "日本", "Korea", "北京"};
    private static final String[] STAGES = {"线索", "Contacted", "洽谈", "签订意向"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Files.createTempDirectory("import-benchmark");
        List<String[]> table = new ArrayList<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackendTestApplication.class).run(
                "--zhaoshang.data-dir=" + store, "--zhaoshang.demo-leads=300",
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            SecurityContext staff = SecurityContextHolder.createEmptyContext();
            staff.setAuthentication(app.getBean(UserAuthentication.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("staff", "demo")));
            SecurityContextHolder.setContext(staff);
            LeadImporter importer = app.getBean(LeadImporter.class);
            for (String format : List.of("xlsx", "csv")) {
                byte[] file = format.equals("xlsx") ? xlsx(format) : csv(format);
                String name = "desk-" + format + "." + format;
                long started = System.nanoTime();
                Sheet sheet = SheetReader.read(name, file);
                table.add(row("Read the ." + format + " (" + file.length / 1024 + " KB)", started, sheet.rows().size()));
                ImportOptions options = new ImportOptions(Map.of(), Map.of("USD", new BigDecimal("7.12")));
                started = System.nanoTime();
                ImportReport dryRun = importer.run(name, sheet, options, false, ImportProgress.NONE);
                table.add(row("Dry run of the ." + format + " " + counts(dryRun), started, ROWS));
                started = System.nanoTime();
                ImportReport applied = importer.run(name, sheet, options, true, ImportProgress.NONE);
                table.add(row("Import of the ." + format + " " + counts(applied), started, ROWS));
                started = System.nanoTime();
                ImportReport again = importer.run(name, sheet, options, true, ImportProgress.NONE);
                again.rowReports().stream().filter(report -> report.outcome() == ImportOutcome.ERROR).limit(3)
                     .forEach(report -> System.err.println("error on the second import: " + report));
                table.add(row("The same ." + format + " again " + counts(again), started, ROWS));
            }
            long started = System.nanoTime();
            createBare(app.getBean(CommandGateway.class));
            table.add(row("Baseline: " + ROWS + " bare CreateLeadCommands on 16 threads", started, ROWS));
        }
        System.out.println();
        System.out.println("| step | time (s) | rows/s |");
        System.out.println("|---|---|---|");
        table.forEach(line -> System.out.println("| " + String.join(" | ", line) + " |"));
        System.exit(0); // Axon's janitor thread outlives the closed context and would keep the JVM (and Maven) waiting
    }

    private static String[] row(String step, long started, int rows) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return new String[]{step, String.format("%.2f", seconds), String.format("%,.0f", rows / seconds)};
    }

    private static String counts(ImportReport report) {
        return report.counts().toString().replace("=", " ").replace("{", "(").replace("}", ")");
    }

    private static void createBare(CommandGateway commands) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        SecurityContext caller = SecurityContextHolder.getContext();
        List<Future<?>> sent = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            int number = row;
            sent.add(threads.submit(() -> {
                SecurityContextHolder.setContext(caller);
                commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(),
                                                           Company.named("Baseline Capital " + number, null),
                                                           SourceMarket.values()[number % 5], null, null, null));
            }));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        threads.shutdown();
    }

    private static List<String> cells(int row, String format) {
        String stage = STAGES[row % STAGES.length];
        boolean intent = stage.equals("签订意向");
        boolean visited = !stage.equals("线索") && !stage.equals("Contacted");
        return List.of(format.toUpperCase() + " Desk Capital " + row, MARKETS[row % MARKETS.length], "金融科技", stage,
                       "2026-0" + (1 + row % 9) + "-2" + (row % 9),
                       row % 3 == 0 ? "USD 3m" : (1 + row % 50) + "00万元", intent ? "金融城" : "",
                       "Contact " + row, "+44 20 7946 " + String.format("%04d", row % 10_000),
                       visited ? "2026-0" + (1 + row % 9) + "-1" + (row % 9) : "",
                       "2026-0" + (1 + row % 9) + "-0" + (1 + row % 9));
    }

    private static final List<String> HEADERS = List.of("公司名称", "国家", "行业", "阶段", "阶段日期", "投资额",
                                                        "拟落地片区", "联系人", "电话", "考察日期", "登记日期");

    private static byte[] csv(String format) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADERS)).append('\n');
        for (int row = 0; row < ROWS; row++) {
            csv.append(String.join(",", cells(row, format))).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(String format) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(HEADERS.get(column));
            }
            for (int row = 0; row < ROWS; row++) {
                Row cells = sheet.createRow(row + 1);
                List<String> values = cells(row, format);
                for (int column = 0; column < values.size(); column++) {
                    cells.createCell(column).setCellValue(values.get(column));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
