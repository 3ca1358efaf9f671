package org.zhaoshang.crm.importing.run;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.values.Vocabulary;
import org.zhaoshang.crm.lead.api.value.CompanyNames;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.command.ImportedStage;
import org.zhaoshang.crm.lead.api.command.MoveImportedLeadCommand;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.lead.api.query.LeadNameMatches;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.axonframework.common.ExceptionUtils.findException;

/**
 * Brings a bureau's sheet in: each row read, checked against the leads there are (imported before, or a company of
 * the same name), then given to the Lead aggregate as one {@link ImportLeadCommand}: as a dry run (decided, nothing
 * stored) or for real. A row is recorded whole or not at all, so errors in some rows never touch the others; a row
 * imported before is recognised by its lead's id and creates nothing twice.
 */
@Component
public class LeadImporter {

    private static final Logger log = LoggerFactory.getLogger(LeadImporter.class);
    private static final int WORKERS = 16;
    private static final int LOG_EVERY = 1_000;
    /** The sheet's column for a field the commands name in a violation. */
    private static final Map<String, ImportField> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("companyName", ImportField.COMPANY_NAME), Map.entry("companyNameEn", ImportField.COMPANY_NAME_EN),
            Map.entry("companyNameZh", ImportField.COMPANY_NAME_ZH), Map.entry("market", ImportField.MARKET),
            Map.entry("homeCountry", ImportField.COUNTRY), Map.entry("homeCity", ImportField.CITY),
            Map.entry("identifiedOn", ImportField.IDENTIFIED_ON), Map.entry("introducedBy", ImportField.AMBASSADOR),
            Map.entry("investmentAmountWan", ImportField.INVESTMENT), Map.entry("rateToCny", ImportField.INVESTMENT),
            Map.entry("investmentCurrency", ImportField.INVESTMENT),
            Map.entry("plannedInvestment", ImportField.INVESTMENT), Map.entry("targetZone", ImportField.TARGET_ZONE),
            Map.entry("landAreaMu", ImportField.LAND_AREA_MU), Map.entry("floorSpaceM2", ImportField.FLOOR_SPACE_M2),
            Map.entry("contactName", ImportField.CONTACT_NAME),
            Map.entry("familyName", ImportField.CONTACT_NAME), Map.entry("givenName", ImportField.CONTACT_NAME),
            Map.entry("title", ImportField.CONTACT_TITLE),
            Map.entry("phone", ImportField.CONTACT_PHONE), Map.entry("email", ImportField.CONTACT_EMAIL),
            Map.entry("activities", ImportField.VISIT_DATE), Map.entry("occurredOn", ImportField.STAGE_DATE),
            Map.entry("agreementSignedOn", ImportField.AGREEMENT_DATE),
            Map.entry("agreementReference", ImportField.AGREEMENT_REFERENCE),
            Map.entry("registeredOn", ImportField.REGISTERED_ON), Map.entry("to", ImportField.STAGE),
            Map.entry("reason", ImportField.STAGE), Map.entry("revisitOn", ImportField.STAGE),
            Map.entry("detail", ImportField.STAGE), Map.entry("competingLocation", ImportField.STAGE));
    /** A lead the sheet has on hold is looked at again a quarter after its import. */
    private static final Period REVISIT_HELD_AFTER = Period.ofMonths(3);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    public LeadImporter(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** Importing is for the bureau's staff and managers. */
    public static void requireImporter(Caller caller) {
        caller.require("Importing leads", Role.STAFF, Role.MANAGER);
    }

    /** Each header and the field its column is read as: the one the options name, else the one its words say. */
    public static Map<String, ImportField> mapping(List<String> headers, ImportOptions options) {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        for (String header : headers) {
            mapping.putIfAbsent(header, options.mapping().containsKey(header) ? options.mapping().get(header)
                    : Vocabulary.HEADERS.read(header).orElse(ImportField.IGNORED));
        }
        return mapping;
    }

    /**
     * @param apply false for a dry run: every row decided, nothing stored
     * @throws InvalidInputException when no column holds the company's name
     */
    public ImportReport run(String file, Sheet sheet, ImportOptions options, boolean apply, ImportProgress progress) {
        long started = System.nanoTime();
        Map<String, ImportField> mapping = mapping(sheet.headers(), options);
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int column = 0; column < sheet.headers().size(); column++) {
            columns.putIfAbsent(mapping.get(sheet.headers().get(column)), column);
        }
        if (!columns.containsKey(ImportField.COMPANY_NAME) && !columns.containsKey(ImportField.COMPANY_NAME_ZH)
            && !columns.containsKey(ImportField.COMPANY_NAME_EN)) {
            throw new InvalidInputException(List.of(new FieldViolation(
                    "mapping", "required", "no column holds the company's name; map one to COMPANY_NAME")));
        }
        KeptCells kept = new KeptCells(file, sheet.headers(), sheet.headers().stream().map(mapping::get).toList());
        List<Integer> stageColumns = new ArrayList<>();
        for (int column = 0; column < sheet.headers().size(); column++) {
            if (mapping.get(sheet.headers().get(column)) == ImportField.STAGE) {
                stageColumns.add(column);
            }
        }
        RowReader reader = new RowReader(columns, sheet.headers(), options.ratesToCny(), ambassadorsByName(),
                                         stageColumns, options.bareNumbersInYuan(),
                                         BureauTime.today(clock).plus(REVISIT_HELD_AFTER),
                                         leadId -> queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(
                                                 LeadSummary.class)).join() != null);
        int rows = sheet.rows().size();
        ImportRowReport[] reports = new ImportRowReport[rows];
        Map<String, Integer> rowOfLead = new HashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            // each row on a worker, as the importing user: rows wait for the store's commits side by side
            ExecutorService asCaller = new DelegatingSecurityContextExecutorService(
                    workers, SecurityContextHolder.getContext());
            List<Future<?>> tasks = new ArrayList<>(rows);
            for (int index = 0; index < rows; index++) {
                if (RowReader.blank(sheet.rows().get(index))) {
                    reports[index] = new ImportRowReport(index + 2, ImportOutcome.EMPTY, null, null, List.of());
                    progressed(done, rows, progress, apply, file);
                    continue;
                }
                RowPlan plan = kept.keep(reader.read(index + 2, sheet.rows().get(index)), sheet.rows().get(index));
                Integer earlier = plan.unreadable() ? null : rowOfLead.putIfAbsent(plan.command().leadId(), plan.row());
                int slot = index;
                tasks.add(asCaller.submit(() -> {
                    reports[slot] = importRow(plan, earlier, apply, file, reader, options.stagePolicy());
                    progressed(done, rows, progress, apply, file);
                }));
            }
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
        List<ImportRowReport> rowReports = Arrays.asList(reports);
        Map<ImportOutcome, Long> counts = rowReports.stream().collect(Collectors.groupingBy(
                ImportRowReport::outcome, () -> new EnumMap<>(ImportOutcome.class), Collectors.counting()));
        log.info("Import of {} ({} rows, {}): {} in {} ms", file, rows, apply ? "applied" : "dry run", counts,
                 (System.nanoTime() - started) / 1_000_000);
        return new ImportReport(file, apply, mapping, rows, counts, rowReports,
                                UnknownAmbassadors.of(rowReports, reader.texts(sheet.rows(), ImportField.AMBASSADOR)));
    }

    /**
     * One row's outcome: unreadable, twice in the sheet, imported before (and moved on when the sheet's stage is
     * later), a company of the same name, else what the Lead aggregate decides of its creation.
     *
     * @param earlier the row of this sheet with the same lead before this one; null if none
     */
    private ImportRowReport importRow(RowPlan plan, Integer earlier, boolean apply, String file, RowReader reader,
                                      StagePolicy policy) {
        if (plan.unreadable()) {
            return report(plan, ImportOutcome.ERROR, null, List.of());
        }
        String leadId = plan.command().leadId();
        if (earlier != null) {
            return report(plan, ImportOutcome.DUPLICATE, leadId, List.of(new ImportMessage(
                    null, null, "duplicate-row", "row " + earlier + " of this sheet has this company", false)));
        }
        LeadSummary imported = queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(LeadSummary.class))
                                      .join();
        if (imported != null) {
            if (imported.status() != LeadStatus.OPEN || plan.stage().compareTo(imported.stage()) <= 0) {
                return report(plan, ImportOutcome.UNCHANGED, leadId, List.of());
            }
            return update(plan, file, reader, policy, apply, imported.stage());
        }
        var company = plan.command().create().company();
        List<String> sameName = queries.query(new FindLeadsNamedLikeQuery(company.nameEn(), company.nameZh()),
                                              ResponseTypes.instanceOf(LeadNameMatches.class)).join().leadIds();
        if (sameName.contains(leadId)) {
            return report(plan, ImportOutcome.UNCHANGED, leadId, List.of()); // imported before, not yet listed
        }
        if (!sameName.isEmpty()) {
            return report(plan, ImportOutcome.DUPLICATE, sameName.get(0), List.of(new ImportMessage(
                    null, null, "duplicate", "a lead of a company of this name exists already", false)));
        }
        ImportLeadCommand lead = plan.command();
        ImportLeadCommand placed = lead.withPolicy(policy);
        return give(plan, apply ? placed : placed.asDryRun(), ImportOutcome.CREATE, file, reader, null);
    }

    /**
     * A row imported before, at a later stage now: the lead moves on, then the row's remarks and other columns are
     * kept as they are now, unless the lead's last import record holds the same (the aggregate decides). A row whose
     * stage has not moved on is {@link ImportOutcome#UNCHANGED}: nothing of it is recorded again, not even changed
     * remarks (news of a lead the system holds is logged on the lead). Should keeping the remarks fail once the lead
     * has moved, the row stays an update and says why its remarks were not kept.
     */
    private ImportRowReport update(RowPlan plan, String file, RowReader reader, StagePolicy policy, boolean apply,
                                   Stage before) {
        ImportRowReport moved = give(plan, new MoveImportedLeadCommand(plan.command().leadId(), plan.command().move(),
                                                                       policy, !apply),
                                     ImportOutcome.UPDATE, file, reader, before);
        RecordLeadImportCommand record = plan.command().record();
        if (!apply || moved.outcome() != ImportOutcome.UPDATE || record == null) {
            return moved;
        }
        ImportRowReport kept = give(plan, record, ImportOutcome.UPDATE, file, reader, null);
        if (kept.outcome() == ImportOutcome.UPDATE) {
            return moved;
        }
        List<ImportMessage> messages = new ArrayList<>(moved.messages());
        kept.messages().stream().filter(ImportMessage::error).map(why -> new ImportMessage(
                why.column(), why.field(), why.rule(), "remarks not kept: " + why.message(), false))
            .forEach(messages::add);
        return new ImportRowReport(plan.row(), ImportOutcome.UPDATE, moved.leadId(), plan.company(), messages);
    }

    /** Gives the row's command (with the sheet and row in its metadata) and reports what came of it. */
    private ImportRowReport give(RowPlan plan, Object command, ImportOutcome success, String file, RowReader reader,
                                 Stage before) {
        String leadId = plan.command().leadId();
        try {
            Object result = commands.sendAndWait(new GenericCommandMessage<>(command, MetaData
                    .with(ActorMetaDataConfiguration.IMPORT_FILE_KEY, file)
                    .and(ActorMetaDataConfiguration.IMPORT_ROW_KEY, plan.row())));
            return placed(plan, success, leadId, result instanceof ImportedStage stage ? stage : null, reader, before);
        } catch (ImportCheckPassedException wouldBeImported) {
            return placed(plan, success, leadId, wouldBeImported.stage(), reader, before);
        } catch (InvalidInputException rejected) {
            return report(plan, ImportOutcome.ERROR, null, rejected.violations().stream().map(
                    violation -> new ImportMessage(columnOf(violation.field(), reader), violation.field(),
                                                   violation.rule(), violation.message(), true)).toList());
        } catch (RuntimeException failed) {
            if (success == ImportOutcome.CREATE && alreadyStored(failed)) {
                return report(plan, ImportOutcome.UNCHANGED, leadId, List.of());
            }
            log.warn("Import of row {} of {} failed", plan.row(), file, failed);
            return report(plan, ImportOutcome.ERROR, null, List.of(new ImportMessage(
                    null, null, "failed", "not imported: " + failed.getMessage(), true)));
        }
    }

    /**
     * The report of a row given to the lead: with a warning for each field a gate lacks that the lead now owes
     * ({@code gate-data-missing}), or for a stage lowered to what the data allows ({@code stage-lowered}); a lead
     * imported before that its data takes no further is unchanged.
     *
     * @param before the stage of a lead imported before; null for a new one
     */
    private static ImportRowReport placed(RowPlan plan, ImportOutcome success, String leadId, ImportedStage stage,
                                          RowReader reader, Stage before) {
        if (stage == null) {
            return report(plan, success, leadId, List.of());
        }
        List<ImportMessage> warnings = new ArrayList<>();
        for (MissingGateData gate : stage.missing()) {
            for (String field : gate.fields()) {
                warnings.add(new ImportMessage(columnOf(field, reader), field, "gate-data-missing", String.format(
                        "placed at %s as the sheet records it without %s (the %s gate's data): recorded on the lead "
                                + "as data to complete", stage.asked(), field, gate.stage()), false));
            }
        }
        if (stage.lowered()) {
            warnings.add(new ImportMessage(reader.firstMapped(ImportField.STAGE), "to", "stage-lowered", String.format(
                    "the sheet says %s; the lead is at %s, as far as its data allows", stage.asked(),
                    stage.reached()), false));
        }
        boolean unchanged = before != null && stage.reached().compareTo(before) <= 0;
        return report(plan, unchanged ? ImportOutcome.UNCHANGED : success, leadId, warnings);
    }

    private static String columnOf(String field, RowReader reader) {
        ImportField column = field == null ? null : COLUMN_OF_FIELD.get(field);
        if (column == null) {
            return null;
        }
        return switch (column) {
            case COMPANY_NAME, COMPANY_NAME_EN, COMPANY_NAME_ZH -> reader.firstMapped(
                    column, ImportField.COMPANY_NAME, ImportField.COMPANY_NAME_ZH, ImportField.COMPANY_NAME_EN);
            case MARKET -> reader.firstMapped(ImportField.MARKET, ImportField.COUNTRY);
            default -> reader.firstMapped(column, ImportField.STAGE);
        };
    }

    /**
     * A lead of this id is in the store already (imported by another run, or at the same time): the event store's
     * unique index refuses a second creation ({@code DuplicateKeys}), which Axon raises as an
     * {@link AggregateStreamCreationException} (a {@link ConcurrencyException} when the lead was loaded first).
     */
    private static boolean alreadyStored(Throwable cause) {
        return findException(cause, current -> current instanceof ConcurrencyException
                                               || current instanceof AggregateStreamCreationException).isPresent();
    }

    private static ImportRowReport report(RowPlan plan, ImportOutcome outcome, String leadId,
                                          List<ImportMessage> more) {
        List<ImportMessage> messages = new ArrayList<>(plan.messages());
        messages.addAll(more);
        return new ImportRowReport(plan.row(), outcome, leadId, plan.company(), messages);
    }

    private static void progressed(AtomicInteger done, int rows, ImportProgress progress, boolean apply,
                                   String file) {
        int now = done.incrementAndGet();
        progress.rowsDone(now, rows);
        if (now % LOG_EVERY == 0 || now == rows) {
            log.info("Import of {} ({}): {} of {} rows", file, apply ? "applying" : "dry run", now, rows);
        }
    }

    /** The active ambassadors and partners by name: the same name, else the only one whose name contains it. */
    private Function<String, Optional<String>> ambassadorsByName() {
        List<AmbassadorSummary> active = queries.query(new FindAmbassadorsQuery(false),
                                                       ResponseTypes.instanceOf(AmbassadorList.class))
                                                .join().ambassadors();
        Map<String, String> keys = new HashMap<>(); // each ambassador's name key, computed once, not once per row
        active.forEach(ambassador -> {
            String key = CompanyNames.key(ambassador.profile().name());
            if (key != null) {
                keys.put(ambassador.ambassadorId(), key);
            }
        });
        return name -> {
            String key = CompanyNames.key(name);
            if (key == null) {
                return Optional.empty();
            }
            List<AmbassadorSummary> same = active.stream()
                                                 .filter(ambassador -> key.equals(keys.get(ambassador.ambassadorId())))
                                                 .toList();
            List<AmbassadorSummary> containing = same.isEmpty()
                    ? active.stream().filter(ambassador -> {
                        String other = keys.get(ambassador.ambassadorId());
                        return other != null && (other.contains(key) || key.contains(other));
                    }).toList()
                    : same;
            return containing.size() == 1 ? Optional.of(containing.get(0).ambassadorId()) : Optional.empty();
        };
    }
}
