package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.FieldChange;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A timeline entry in the user's words: each field it changed under the label its form gives it, each value as the
 * UI writes it (names of codes, days, 万元, people by name, lists as lists), the remarks the user gave with it, and
 * a sentence when nothing visible changed.
 */
final class TimelineWording {

    /** The data a stage gate lacked, one field per gate ({@code dataToComplete.SIGNED}), as the backend names it. */
    private static final String GATE_DATA = "dataToComplete.";

    /** The label of each field the timeline names, by the translation key its form uses. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("stage", "field.stage"), Map.entry("status", "field.status"), Map.entry("owner", "field.owner"),
            Map.entry("team", "lead.timeline.team"),
            Map.entry("market", "lead.form.market"), Map.entry("channel", "lead.form.channel"),
            Map.entry("introducedBy", "lead.form.introducedBy"), Map.entry("identifiedOn", "lead.form.identifiedOn"),
            Map.entry("company.nameEn", "lead.form.companyNameEn"),
            Map.entry("company.nameZh", "lead.form.companyNameZh"),
            Map.entry("company.homeCountry", "lead.company.homeCountry"),
            Map.entry("company.homeCity", "lead.company.homeCity"),
            Map.entry("company.industry", "lead.company.industry"),
            Map.entry("company.fortune500", "lead.company.fortune500"),
            Map.entry("company.industryLeader", "lead.company.industryLeader"),
            Map.entry("company.website", "lead.company.website"),
            Map.entry("priority", "lead.assessment.priority"),
            Map.entry("likelihoodPercent", "lead.assessment.likelihoodPercent"),
            Map.entry("responsibleLeader", "lead.assessment.responsibleLeader"),
            Map.entry("plannedInvestment", "leads.column.investment"),
            Map.entry("landAreaMu", "lead.numbers.landAreaMu"), Map.entry("floorSpaceM2", "lead.numbers.floorSpaceM2"),
            Map.entry("expectedAnnualTaxWan", "lead.numbers.expectedAnnualTaxWan"),
            Map.entry("expectedJobs", "lead.numbers.expectedJobs"),
            Map.entry("targetZone", "lead.numbers.targetZone"),
            Map.entry("targetBuilding", "lead.numbers.targetBuilding"),
            Map.entry("revisitOn", "lead.hold.revisitOn"),
            Map.entry("competingLocation", "lead.lose.competingLocation"),
            Map.entry("signedOn", "gate.agreementSignedOn"), Map.entry("reference", "gate.agreementReference"),
            Map.entry("registeredOn", "gate.registeredOn"),
            Map.entry("activities.type", "lead.activity.type"),
            Map.entry("activities.occurredOn", "lead.activity.occurredOn"),
            Map.entry("activities.participants", "lead.activity.participants"),
            Map.entry("activities.summary", "lead.activity.summary"),
            Map.entry("activities.internal", "lead.timeline.visibility"),
            Map.entry("activities.retracted", "lead.timeline.retracted"),
            Map.entry("contacts.familyName", "lead.contact.familyName"),
            Map.entry("contacts.givenName", "lead.contact.givenName"),
            Map.entry("contacts.title", "lead.contact.title"), Map.entry("contacts.phone", "lead.contact.phone"),
            Map.entry("contacts.email", "lead.contact.email"),
            Map.entry("contacts.messagingApp", "lead.contact.messagingApp"),
            Map.entry("contacts.messagingHandle", "lead.contact.messagingHandle"),
            Map.entry("followUps.nextStep", "lead.followUp.nextStep"),
            Map.entry("followUps.dueOn", "lead.followUp.dueOn"),
            Map.entry("followUps.assignee", "lead.followUp.assignee"),
            Map.entry("followUps.done", "lead.timeline.followUp"));
    /** Yes/no fields, by the key prefix of their two words ({@code .true}, {@code .false}). */
    private static final Map<String, String> WORDS = Map.of(
            "activities.internal", "lead.timeline.visibility.", "activities.retracted", "lead.timeline.retracted.",
            "followUps.done", "lead.timeline.done.", "company.fortune500", "lead.timeline.yes-no.",
            "company.industryLeader", "lead.timeline.yes-no.");
    /** The key prefix of each code's name. */
    private static final Map<Class<?>, String> CODES = Map.of(
            Stage.class, "stage.", LeadStatus.class, "status.", SourceMarket.class, "market.",
            Channel.class, "channel.", Industry.class, "industry.", TargetZone.class, "zone.",
            Priority.class, "priority.", ActivityType.class, "activity.", MessagingApp.class, "messaging.",
            LossReason.class, "loss.");
    private static final Set<String> USERS = Set.of("owner", "team", "followUps.assignee");
    private static final Set<String> MEMBERS = Set.of("activities", "contacts", "followUps");
    /** What the user said with an event, by event and remark: the key of the label their dialog gave it. */
    private static final Map<String, String> REMARKS = Map.of(
            "LeadLost.reason", "lead.lose.reason", "LeadLost.detail", "lead.lose.detail",
            "LeadPutOnHold.reason", "lead.hold.reason", "ActivityRetracted.reason", "lead.activity.retract.reason",
            "FollowUpRescheduled.reason", "lead.followUp.rescheduleReason",
            "FollowUpCompleted.outcome", "lead.followUp.outcome");
    private static final BigDecimal WAN_PER_MILLION = BigDecimal.valueOf(100);
    private static final String IMPORT_RECORDED = "LeadImportRecorded";

    private final Locale locale;
    private final Function<String, String> userName;
    private final Function<String, String> ambassadorName;

    TimelineWording(Locale locale, Function<String, String> userName, Function<String, String> ambassadorName) {
        this.locale = locale;
        this.userName = userName;
        this.ambassadorName = ambassadorName;
    }

    /** The entry's lines: a change or a remark each; never none. */
    List<String> lines(LeadHistoryEntry entry) {
        if (entry.type().equals(IMPORT_RECORDED) && entry.data() != null) {
            return importLines(entry.data());
        }
        List<String> lines = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            String field = field(change.field());
            if (!empty(change.before()) || !empty(change.after())) {
                lines.add(line(field, change.before(), change.after()));
            }
        }
        Map<String, Object> data = entry.data() == null ? Map.of() : entry.data();
        data.forEach((name, value) -> {
            String label = name.equals("comment") ? "lead.timeline.comment" : REMARKS.get(entry.type() + "." + name);
            if (label != null && value != null && !value.toString().isBlank()) {
                String text = entry.type().equals("LeadLost") && name.equals("reason")
                              ? translate("loss." + value, value.toString()) : value.toString();
                lines.add(translate(label, label) + separator() + text);
            }
        });
        if (lines.isEmpty()) {
            lines.add(translate("lead.timeline.unchanged", ""));
        }
        return lines;
    }

    /**
     * A sheet's row kept with the lead: where it came from, then its remarks as the note's text (each under its
     * column's header) and the headers of its other columns, which the lead's sheet tab shows whole.
     */
    private List<String> importLines(Map<String, Object> data) {
        List<String> lines = new ArrayList<>();
        lines.add(new MessageFormat(translate("lead.timeline.imported", "{0}, {1}"), locale)
                          .format(new Object[]{String.valueOf(data.get("file")), String.valueOf(data.get("row"))}));
        cells(data.get("remarks")).forEach(cell -> lines.add(cell.get("header") + separator() + cell.get("text")));
        List<Object> others = cells(data.get("otherColumns")).stream().map(cell -> cell.get("header")).toList();
        if (!others.isEmpty()) {
            lines.add(translate("lead.timeline.otherColumns", "") + separator()
                      + others.stream().map(String::valueOf)
                              .collect(Collectors.joining(translate("list.separator", ", "))));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cells(Object cells) {
        return cells instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The field without the member's id: {@code contacts.<id>.contact.phone} is {@code contacts.phone}. */
    static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 && MEMBERS.contains(parts[0]) ? parts[0] + "." + parts[parts.length - 1] : path;
    }

    private String line(String field, Object before, Object after) {
        String label = field.startsWith(GATE_DATA)
                ? translate("lead.dataToComplete.title", field) + " · "
                  + translate("stage." + field.substring(GATE_DATA.length()), field)
                : LABELS.containsKey(field) ? translate(LABELS.get(field), field) : field;
        if (empty(before)) {
            return label + separator() + value(field, after);
        }
        return label + separator() + value(field, before) + " → " + value(field, after);
    }

    private String separator() {
        return locale.getLanguage().equals("zh") ? "：" : ": ";
    }

    /** No value at all, or a yes/no field at its default (no), which says nothing on its own. */
    private static boolean empty(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof String text && text.isBlank()
               || value instanceof Collection<?> list && list.isEmpty();
    }

    String value(String field, Object value) {
        if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            String words = WORDS.getOrDefault(field, "lead.timeline.yes-no.");
            return translate(words + yes, yes.toString());
        }
        if (value instanceof Enum<?> code) {
            String prefix = CODES.get(code.getDeclaringClass());
            return prefix == null ? code.name() : translate(prefix + code.name(), code.name());
        }
        if (value instanceof LocalDate day) {
            return BureauFormats.date(day, locale);
        }
        if (value instanceof PlannedInvestment investment) {
            return investment(investment);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(item -> value(field, item))
                       .collect(Collectors.joining(translate("list.separator", ", ")));
        }
        if (value instanceof Number number) {
            return number(field, new BigDecimal(number.toString()));
        }
        String text = value.toString();
        if (field.startsWith(GATE_DATA)) {
            return translate("lead.dataToComplete.field." + text, text);
        }
        if (USERS.contains(field)) {
            return userName.apply(text);
        }
        return field.equals("introducedBy") ? ambassadorName.apply(text) : text;
    }

    private String number(String field, BigDecimal number) {
        return switch (field) {
            case "expectedAnnualTaxWan" -> BureauFormats.amountWan(number, locale);
            case "floorSpaceM2" -> BureauFormats.area(number, locale);
            case "likelihoodPercent" -> plain(number) + "%";
            default -> plain(number);
        };
    }

    /** In 万元 (亿元), and in the company's own currency as well when it gave another. */
    private String investment(PlannedInvestment investment) {
        String cny = BureauFormats.amountWan(investment.cnyWan(), locale);
        if (investment.currency() == null || investment.currency().equals("CNY")) {
            return cny;
        }
        String own = locale.getLanguage().equals("zh")
                     ? investment.currency() + " " + plain(investment.amountWan()) + " 万"
                     : investment.currency() + " " + plain(investment.amountWan().divide(WAN_PER_MILLION)) + " million";
        return locale.getLanguage().equals("zh") ? cny + "（" + own + "）" : cny + " (" + own + ")";
    }

    private String plain(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    private String translate(String key, String otherwise) {
        return Translations.first(locale, key).orElse(Objects.requireNonNullElse(otherwise, key));
    }
}
