package org.zhaoshang.crm.importing.run;

import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.importing.values.Amount;
import org.zhaoshang.crm.importing.values.Amounts;
import org.zhaoshang.crm.importing.values.Approximate;
import org.zhaoshang.crm.importing.values.StatusWord;
import org.zhaoshang.crm.importing.values.StatusWords;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.importing.values.Dates;
import org.zhaoshang.crm.importing.values.Vocabulary;
import org.zhaoshang.crm.importing.values.Words;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.CompanyNames;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.PersonName;
import org.zhaoshang.crm.lead.api.value.PersonNames;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one row of a sheet into the commands of an imported lead: values normalised (markets, channels, stages,
 * industries and zones from free text, amounts with their units, days in the usual formats), what cannot be read
 * said per column. A lead's id comes from its company's name and market, so that a row imported again names the same
 * lead.
 */
final class RowReader {

    /** Longer than any figure within its range (checked by the command) may be written: no number. */
    private static final int MAX_NUMBER_LENGTH = 40;
    private static final String UNIT_CHARACTERS = "[,，\\s亩㎡m²平方米sqmu]";
    private static final Pattern BLANK = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]*");
    /** A stage column has a few values over and over: each is read once (up to this many). */
    private static final int REMEMBERED_STAGE_CELLS = 1_000;

    private final Map<ImportField, Integer> columns;
    private final List<String> headers;
    private final Map<String, BigDecimal> ratesToCny;
    private final Function<String, Optional<String>> ambassadorNamed;
    private final List<Integer> stageColumns;
    private final boolean bareNumbersInYuan;
    private final LocalDate revisitHeldOn;
    private final Map<String, StatusWord> statusOfCell = new HashMap<>();
    private final Predicate<String> leadExists;

    /**
     * @param columns           the column of each mapped field (the first, when several have the same field)
     * @param ambassadorNamed   the id of the active ambassador or partner of a name
     * @param stageColumns      every column mapped to the stage (阶段 and 状态, say), in the sheet's order
     * @param bareNumbersInYuan an amount without a unit is in 元
     * @param revisitHeldOn     the day to look again at a lead the sheet has on hold
     * @param leadExists        whether there is a lead of this id
     */
    RowReader(Map<ImportField, Integer> columns, List<String> headers, Map<String, BigDecimal> ratesToCny,
              Function<String, Optional<String>> ambassadorNamed, List<Integer> stageColumns,
              boolean bareNumbersInYuan, LocalDate revisitHeldOn, Predicate<String> leadExists) {
        this.columns = columns;
        this.headers = headers;
        this.ratesToCny = ratesToCny;
        this.ambassadorNamed = ambassadorNamed;
        this.stageColumns = List.copyOf(stageColumns);
        this.bareNumbersInYuan = bareNumbersInYuan;
        this.revisitHeldOn = revisitHeldOn;
        this.leadExists = leadExists;
    }

    /** A row of blank cells only (spaces, full-width spaces, no-break spaces): no row at all. */
    static boolean blank(List<String> row) {
        return row.stream().allMatch(cell -> BLANK.matcher(cell).matches());
    }

    /** The lead's id for a company of this name key from this market. */
    static String leadId(String nameKey, SourceMarket market) {
        return UUID.nameUUIDFromBytes(("import:" + nameKey + ":" + market).getBytes(StandardCharsets.UTF_8))
                   .toString();
    }

    /**
     * The id of the lead of a row: from its name's key, or, for a lead imported before traditional and simplified
     * characters made one key (issue 18), from the key of then, so that its sheet imported again still finds it.
     */
    private String importedLeadId(String name, String key, SourceMarket market) {
        String id = leadId(key, market);
        String keyThen = CompanyNames.keyKeepingScript(name);
        if (keyThen == null || keyThen.equals(key)) {
            return id;
        }
        String idThen = leadId(keyThen, market);
        return !leadExists.test(id) && leadExists.test(idThen) ? idThen : id;
    }

    RowPlan read(int rowNumber, List<String> row) {
        Reading reading = new Reading(row);
        String nameZh = reading.text(ImportField.COMPANY_NAME_ZH);
        String nameEn = reading.text(ImportField.COMPANY_NAME_EN);
        String name = reading.text(ImportField.COMPANY_NAME);
        if (name != null) {
            boolean chinese = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                                                              == Character.UnicodeScript.HAN);
            if (chinese && nameZh == null) {
                nameZh = name;
            } else if (!chinese && nameEn == null) {
                nameEn = name;
            }
        }
        String company = nameZh != null ? nameZh : nameEn;
        String key = CompanyNames.key(nameZh != null ? nameZh : nameEn);
        if (key == null) {
            reading.error(firstMapped(ImportField.COMPANY_NAME, ImportField.COMPANY_NAME_ZH,
                                      ImportField.COMPANY_NAME_EN), "required", "the company's name is missing");
        }
        String country = reading.text(ImportField.COUNTRY);
        SourceMarket market = reading.word(ImportField.MARKET, Vocabulary.MARKETS, true, "unknown-market",
                                           "is no market (London, Hong Kong, Japan, Korea, Beijing, other)");
        if (market == null && reading.text(ImportField.MARKET) == null) {
            market = country == null ? null : Vocabulary.MARKETS.read(country).orElse(SourceMarket.OTHER);
            if (market == null) {
                reading.error(firstMapped(ImportField.MARKET, ImportField.COUNTRY), "required",
                              "the market (or the company's country) is missing");
            }
        }
        Industry industry = reading.word(ImportField.INDUSTRY, Vocabulary.INDUSTRIES, false, "unknown-industry",
                                         "is no industry the district courts; left empty");
        Channel channel = reading.word(ImportField.CHANNEL, Vocabulary.CHANNELS, false, "unknown-channel",
                                       "is no channel; left empty");
        Standing standing = reading.standing();
        TargetZone zone = reading.word(ImportField.TARGET_ZONE, Vocabulary.ZONES, false, "unknown-zone",
                                       "is no zone of the district; left empty");
        LocalDate identifiedOn = reading.day(ImportField.IDENTIFIED_ON);
        LocalDate stageOn = reading.day(ImportField.STAGE_DATE);
        LocalDate visitOn = reading.day(ImportField.VISIT_DATE);
        LocalDate agreementOn = reading.day(ImportField.AGREEMENT_DATE);
        LocalDate registeredOn = reading.day(ImportField.REGISTERED_ON);
        Amount investment = reading.amount();
        BigDecimal landMu = reading.number(ImportField.LAND_AREA_MU);
        BigDecimal floorM2 = reading.number(ImportField.FLOOR_SPACE_M2);
        String agreementReference = reading.text(ImportField.AGREEMENT_REFERENCE);
        Stage stage = standing.stage(visitOn, agreementOn, agreementReference, registeredOn);
        reading.belowLandBar(investment, landMu);
        String ambassadorName = reading.text(ImportField.AMBASSADOR);
        String introducedBy = ambassadorName == null ? null : ambassadorNamed.apply(ambassadorName).orElse(null);
        if (ambassadorName != null && introducedBy == null) {
            reading.warn(ImportField.AMBASSADOR, UnknownAmbassadors.RULE,
                         "\"" + ambassadorName + "\" is no active ambassador or partner; the lead has no credit");
        }
        if (stage.compareTo(Stage.SIGNED) < 0 && (agreementOn != null || agreementReference != null)) {
            reading.warn(ImportField.AGREEMENT_DATE, "ignored", "an agreement counts from SIGNED on; left out");
            agreementOn = null;
            agreementReference = null;
        }
        if (stage.compareTo(Stage.LANDED) < 0 && registeredOn != null) {
            reading.warn(ImportField.REGISTERED_ON, "ignored", "a registration counts from LANDED on; left out");
            registeredOn = null;
        }
        if (reading.failed()) {
            return new RowPlan(rowNumber, company, null, stage, reading.messages);
        }
        String leadId = importedLeadId(nameZh != null ? nameZh : nameEn, key, market);
        Company named = new Company(nameEn, nameZh, country, reading.text(ImportField.CITY), industry, false, false,
                                    null);
        CreateLeadCommand create = new CreateLeadCommand(leadId, named, market, channel, introducedBy, identifiedOn);
        UpdateLeadNumbersCommand numbers = investment == null && landMu == null && floorM2 == null && zone == null
                ? null
                : new UpdateLeadNumbersCommand(leadId, investment == null ? null : investment.wan(),
                                               investment == null ? null : investment.currency(),
                                               investment == null ? null : investment.rateToCny(), landMu, floorM2,
                                               null, null, zone, null, null);
        String contactName = reading.text(ImportField.CONTACT_NAME);
        List<AddContactCommand> contacts = contactName == null ? List.of() : List.of(new AddContactCommand(
                leadId, leadId + "-contact", contact(contactName, reading), null));
        if (contactName == null && (reading.text(ImportField.CONTACT_PHONE) != null
                                    || reading.text(ImportField.CONTACT_EMAIL) != null)) {
            reading.warn(ImportField.CONTACT_NAME, "required", "a phone or e-mail without a contact's name; left out");
        }
        List<LogActivityCommand> visits = visitOn == null ? List.of() : List.of(new LogActivityCommand(
                leadId, leadId + "-visit", ActivityType.VISIT_BY_THEM, visitOn, List.of(), null, false, null));
        MoveLeadToStageCommand move = stage == Stage.LEAD ? null
                : new MoveLeadToStageCommand(leadId, stage, stageOn, null, agreementOn, agreementReference,
                                             registeredOn, null);
        return new RowPlan(rowNumber, company, new ImportLeadCommand(
                leadId, create, numbers, contacts, visits, move, false, null, null,
                standing.hold(leadId, revisitHeldOn), standing.lost(leadId, stageOn)), stage, reading.messages);
    }

    /** A sheet has the contact's name in one column: it is split as names written in one line are. */
    private static Contact contact(String name, Reading reading) {
        PersonName parts = PersonNames.split(name);
        return new Contact(parts.familyName(), parts.givenName(), reading.text(ImportField.CONTACT_TITLE),
                           reading.text(ImportField.CONTACT_PHONE), reading.text(ImportField.CONTACT_EMAIL), null,
                           null);
    }

    /** Each row's text of a field, stripped (null when empty); null when no column holds the field. */
    List<String> texts(List<List<String>> rows, ImportField field) {
        if (!columns.containsKey(field)) {
            return null;
        }
        return rows.stream().map(row -> new Reading(row).text(field)).toList();
    }

    /** The header of the first of these fields that is mapped; null if none is. */
    String firstMapped(ImportField... fields) {
        for (ImportField field : fields) {
            if (columns.containsKey(field)) {
                return headers.get(columns.get(field));
            }
        }
        return null;
    }

    /**
     * What a row's stage columns say: the stage they name, and a status word with the words around it (the reason
     * of a hold, the detail of a loss).
     */
    private record Standing(Stage named, StatusWord status, String words) {

        /**
         * The stage named; for a status word alone (暂缓, 流失 with no stage), the stage the row's other data gives: a
         * registration LANDED, an agreement SIGNED, a visit SITE_VISIT, else LEAD. No status word and no stage: LEAD.
         */
        Stage stage(LocalDate visitOn, LocalDate agreementOn, String agreementReference, LocalDate registeredOn) {
            if (named != null || status == null) {
                return named == null ? Stage.LEAD : named;
            }
            if (registeredOn != null) {
                return Stage.LANDED;
            }
            if (agreementOn != null || agreementReference != null) {
                return Stage.SIGNED;
            }
            return visitOn != null ? Stage.SITE_VISIT : Stage.LEAD;
        }

        /** On hold with the sheet's words as the reason; null unless the sheet says so. */
        PutLeadOnHoldCommand hold(String leadId, LocalDate revisitOn) {
            return status != null && status.status() == LeadStatus.ON_HOLD
                    ? new PutLeadOnHoldCommand(leadId, words, revisitOn, null) : null;
        }

        /** Lost with the sheet's words as the detail, to the place the sheet names if any; null unless it says so. */
        MarkLeadLostCommand lost(String leadId, LocalDate occurredOn) {
            if (status == null || status.status() != LeadStatus.LOST) {
                return null;
            }
            String place = status.competingLocation();
            return new MarkLeadLostCommand(leadId, place == null ? LossReason.OTHER : LossReason.CHOSE_OTHER_LOCATION,
                                           words, place, occurredOn, null);
        }
    }

    /** The values of one row, read field by field, and what was said of them. */
    private final class Reading {

        private final List<String> row;
        private final List<ImportMessage> messages = new ArrayList<>();

        Reading(List<String> row) {
            this.row = row;
        }

        String text(ImportField field) {
            Integer column = columns.get(field);
            if (column == null || column >= row.size()) {
                return null;
            }
            String value = row.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        <V> V word(ImportField field, Words<V> words, boolean required, String rule, String explanation) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            Optional<V> read = words.read(value);
            if (read.isEmpty()) {
                add(firstMapped(field), rule, "\"" + value + "\" " + explanation, required);
            }
            return read.orElse(null);
        }

        LocalDate day(ImportField field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return Dates.read(value);
            } catch (IllegalArgumentException unreadable) {
                error(firstMapped(field), "date", "\"" + value + "\" is no day: " + unreadable.getMessage());
                return null;
            }
        }

        Amount amount() {
            String value = text(ImportField.INVESTMENT);
            if (value == null) {
                return null;
            }
            try {
                Amount read = Amounts.read(value, ratesToCny, bareNumbersInYuan);
                if (read.approximate()) {
                    approximate(ImportField.INVESTMENT, value, read.wan().toPlainString() + " 万"
                                                              + (read.currency().equals("CNY") ? "元" : " " + read.currency()));
                }
                return read;
            } catch (Amounts.ProbablyYuan probably) {
                String wan = probably.wanIfYuan().toPlainString();
                add(firstMapped(ImportField.INVESTMENT), "probably-yuan", "\"" + value + "\" is too large for 万元 and "
                    + "probably in 元, which is " + wan + " 万元: write " + wan + "万, or import with \"bare numbers are "
                    + "in 元\"", true, List.of(value, wan));
                return null;
            } catch (IllegalArgumentException unreadable) {
                error(firstMapped(ImportField.INVESTMENT), "amount",
                      "\"" + value + "\" is no amount: " + unreadable.getMessage());
                return null;
            }
        }

        BigDecimal number(ImportField field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                Approximate typed = Approximate.read(value);
                String digits = typed.number().replaceAll(UNIT_CHARACTERS, "");
                if (digits.length() > MAX_NUMBER_LENGTH) {
                    throw new NumberFormatException("too long");
                }
                BigDecimal number = new BigDecimal(digits);
                if (typed.approximate()) {
                    approximate(field, value, number.toPlainString()
                                              + (field == ImportField.LAND_AREA_MU ? " 亩" : " m²"));
                }
                return number;
            } catch (NumberFormatException unreadable) {
                error(firstMapped(field), "number", "\"" + value + "\" is no number");
                return null;
            }
        }

        /**
         * The stage and status every stage column gives together (阶段 洽谈, 状态 暂缓): the first stage and the first
         * status word found. A cell with neither is an error in the first stage column (as a stage unknown always
         * was), a warning in another.
         */
        Standing standing() {
            Stage stage = null;
            StatusWord status = null;
            String statusText = null;
            for (int column : stageColumns) {
                String value = column < row.size() ? row.get(column).strip() : "";
                if (value.isEmpty()) {
                    continue;
                }
                StatusWord read = statusOfCell.size() < REMEMBERED_STAGE_CELLS
                        ? statusOfCell.computeIfAbsent(value, StatusWords::read) : StatusWords.read(value);
                Optional<Stage> named = Vocabulary.STAGES.read(read.rest());
                if (read.status() == null && named.isEmpty()) {
                    boolean first = column == stageColumns.get(0);
                    add(headers.get(column), "unknown-stage", "\"" + value + "\" is no stage of the pipeline"
                        + (first ? "" : " nor a status (on hold, lost); left out"), first);
                    continue;
                }
                stage = stage == null ? named.orElse(null) : stage;
                if (status == null && read.status() != null) {
                    status = read;
                    statusText = value;
                }
            }
            return new Standing(stage, status, statusText);
        }

        /** A land project whose investment per 亩 is below the district's bar is worth a word. */
        void belowLandBar(Amount investment, BigDecimal landMu) {
            if (investment == null || landMu == null || landMu.signum() <= 0 || !Violations.withinBounds(landMu)
                || !Violations.withinBounds(investment.cnyWan())) {
                return; // the command refuses a number out of bounds, and dividing by it could take minutes
            }
            BigDecimal perMu = investment.cnyWan().divide(landMu, 2, RoundingMode.HALF_UP);
            BigDecimal bar = YearTargets.DISTRICT_BAR_PER_MU_WAN;
            if (perMu.compareTo(bar) < 0) {
                String figure = perMu.stripTrailingZeros().toPlainString();
                add(firstMapped(ImportField.LAND_AREA_MU), "below-land-bar", "the investment per 亩 is " + figure
                    + " 万元, below the district's bar of " + bar.toPlainString() + " 万元 per 亩", false,
                    List.of(figure, bar.toPlainString()));
            }
        }

        private void approximate(ImportField field, String typed, String read) {
            add(firstMapped(field), "approximate", "\"" + typed + "\" is approximate: read as " + read, false,
                List.of(typed, read));
        }

        void error(String column, String rule, String message) {
            add(column, rule, message, true);
        }

        void warn(ImportField field, String rule, String message) {
            add(firstMapped(field), rule, message, false);
        }

        private void add(String column, String rule, String message, boolean error) {
            add(column, rule, message, error, List.of());
        }

        private void add(String column, String rule, String message, boolean error, List<String> arguments) {
            messages.add(new ImportMessage(column, null, rule, message, error, arguments));
        }

        boolean failed() {
            return messages.stream().anyMatch(ImportMessage::error);
        }
    }
}
