package org.zhaoshang.crm.building.importing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.query.BuildingList;
import org.zhaoshang.crm.building.api.query.FindBuildingsQuery;
import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brings a units or tax sheet in: every row is read and decided against the library as it is (nothing is sent while
 * deciding); a dry run, or a sheet with a refused row, stops there and changes nothing. Otherwise each building's
 * commands are given in the sheet's order, as the importing manager (the aggregate decides again), several buildings
 * at a time. Should the aggregate refuse a command then, its row says why and the building's later rows are skipped.
 */
@Component
public class BuildingImporter {

    public static final String UNITS = "units";
    public static final String TAX = "tax";
    private static final Logger log = LoggerFactory.getLogger(BuildingImporter.class);
    private static final int WORKERS = 8;
    private static final Pattern BLANK = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]*");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore events;
    private final Clock clock;

    public BuildingImporter(CommandGateway commands, QueryGateway queries, EventStore events, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /** Importing buildings and their tax is for managers. */
    public static void requireImporter(Caller caller) {
        caller.require("Importing buildings and their tax", Role.MANAGER);
    }

    /**
     * @param sheetKind {@value #UNITS} or {@value #TAX}
     * @param apply     false for a dry run: every row decided, nothing changed
     * @throws InvalidInputException for an unknown sheet kind, or a sheet without a column it needs
     */
    public BuildingImportReport run(String file, String sheetKind, Sheet sheet, boolean apply) {
        long started = System.nanoTime();
        List<BuildingColumn> required = switch (sheetKind == null ? "" : sheetKind) {
            case UNITS -> UnitsSheet.REQUIRED;
            case TAX -> TaxSheet.REQUIRED;
            default -> throw invalid("sheet", "unknown", "the sheet is \"units\" (buildings and units) or \"tax\"");
        };
        Map<String, BuildingColumn> mapping = new LinkedHashMap<>();
        Map<BuildingColumn, Integer> columns = new EnumMap<>(BuildingColumn.class);
        for (int column = 0; column < sheet.headers().size(); column++) {
            String header = sheet.headers().get(column);
            BuildingColumn read = BuildingColumn.HEADERS.read(header).orElse(null);
            mapping.putIfAbsent(header, read);
            if (read != null) {
                columns.putIfAbsent(read, column);
            }
        }
        List<FieldViolation> missing = required.stream().filter(column -> !columns.containsKey(column))
                                               .map(column -> new FieldViolation("file", "missing-column",
                                                       "the sheet has no column " + label(column)))
                                               .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        LocalDate today = BureauTime.today(clock);
        KnownBuildings known = new KnownBuildings(events, () -> queries.query(
                new FindBuildingsQuery(null, null, null, null, false),
                ResponseTypes.instanceOf(BuildingList.class)).join().buildings());
        int rows = sheet.rows().size();
        ImportPlan plan = new ImportPlan(rows);
        RowCells[] cells = new RowCells[rows];
        for (int index = 0; index < rows; index++) {
            List<String> row = sheet.rows().get(index);
            if (row.stream().allMatch(cell -> BLANK.matcher(cell).matches())) {
                plan.report(index, BuildingImportOutcome.EMPTY, null, null, null, List.of());
            } else {
                cells[index] = new RowCells(index + 2, row, columns, sheet.headers());
            }
        }
        if (UNITS.equals(sheetKind)) {
            new UnitsSheet(known, today).plan(cells, plan);
        } else {
            new TaxSheet(known, today).plan(cells, plan);
        }
        boolean applying = apply && !plan.refused();
        if (applying) {
            apply(file, plan);
        }
        List<BuildingImportRow> reports = plan.rows();
        Map<BuildingImportOutcome, Long> counts = reports.stream().collect(Collectors.groupingBy(
                BuildingImportRow::outcome, () -> new EnumMap<>(BuildingImportOutcome.class), Collectors.counting()));
        log.info("Import of the {} sheet {} ({} rows, {}): {} in {} ms", sheetKind, file, rows,
                 applying ? "applied" : apply ? "refused" : "dry run", counts,
                 (System.nanoTime() - started) / 1_000_000);
        return new BuildingImportReport(file, sheetKind, applying, mapping, rows, counts, reports);
    }

    /** Each building's commands in order, on a worker as the importing user; buildings side by side. */
    private void apply(String file, ImportPlan plan) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            ExecutorService asCaller = new DelegatingSecurityContextExecutorService(
                    workers, SecurityContextHolder.getContext());
            List<Future<?>> tasks = new ArrayList<>();
            plan.steps().values().forEach(steps -> tasks.add(asCaller.submit(() -> applyBuilding(file, plan, steps))));
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the import failed", failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private void applyBuilding(String file, ImportPlan plan, List<ImportPlan.Step> steps) {
        Integer failedRow = null;
        for (ImportPlan.Step step : steps) {
            BuildingImportRow row = plan.row(step.index());
            if (failedRow != null) {
                if (row.outcome() != BuildingImportOutcome.ERROR) {
                    refuse(plan, row, List.of(new ImportMessage(null, null, "skipped", "not imported: row " + failedRow
                            + " of this building was refused", true)));
                }
                continue;
            }
            try {
                commands.sendAndWait(new GenericCommandMessage<>(step.command(), MetaData
                        .with(ActorMetaDataConfiguration.IMPORT_FILE_KEY, file)
                        .and(ActorMetaDataConfiguration.IMPORT_ROW_KEY, row.row())));
            } catch (InvalidInputException refused) {
                failedRow = row.row();
                refuse(plan, row, refused.violations().stream().map(violation -> new ImportMessage(
                        null, violation.field(), violation.rule(), violation.message(), true)).toList());
            } catch (NotPermittedException | IllegalStateException | IllegalArgumentException refused) {
                failedRow = row.row();
                refuse(plan, row, List.of(new ImportMessage(null, null, "refused", refused.getMessage(), true)));
            } catch (RuntimeException failed) {
                failedRow = row.row();
                log.warn("Import of row {} of {} failed", row.row(), file, failed);
                refuse(plan, row, List.of(new ImportMessage(null, null, "failed", "not imported: "
                                                                                  + failed.getMessage(), true)));
            }
        }
    }

    private static void refuse(ImportPlan plan, BuildingImportRow row, List<ImportMessage> why) {
        List<ImportMessage> messages = new ArrayList<>(row.messages());
        messages.addAll(why);
        plan.report(row.row() - 2, BuildingImportOutcome.ERROR, row.buildingId(), row.building(), row.unitId(),
                    messages);
    }

    private static String label(BuildingColumn column) {
        return switch (column) {
            case NAME_ZH -> "for the building's Chinese name (楼宇名称 / Building)";
            case FLOOR -> "for the unit's floor (楼层 / Floor)";
            case UNIT_NUMBER -> "for the unit's number (单元号 / Unit)";
            case UNIT_AREA -> "for the unit's area (面积 / Area)";
            case YEAR -> "for the year (年度 / Year)";
            case TAX -> "for the tax in 万元 (税收 / Tax)";
            default -> "for " + column;
        };
    }

    private static InvalidInputException invalid(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message)));
    }
}
