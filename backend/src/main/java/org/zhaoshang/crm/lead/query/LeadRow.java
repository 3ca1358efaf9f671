package org.zhaoshang.crm.lead.query;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.zhaoshang.crm.lead.api.query.LeadDetail.ActivityEntry;
import org.zhaoshang.crm.lead.api.query.LeadDetail.ContactEntry;
import org.zhaoshang.crm.lead.api.query.LeadDetail.FollowUpEntry;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.state.LeadState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lead of the lead list: its version and the lead as far as the list shows it (a {@link LeadState} without what
 * the list does not show, as its document holds it), so that a row folded live and a row read back from its document
 * are the same, and the list keeps no more in memory than it shows. That is enough to apply the lead's next event to:
 * what an event does to what the list shows depends only on what the list shows.
 */
record LeadRow(LeadState lead, long version) {

    LeadRow {
        lead = shown(lead);
    }

    /** The lead without what the list does not show: retracted activities, done follow-ups, details of each. */
    private static LeadState shown(LeadState lead) {
        Company company = lead.company();
        BigDecimal investment = lead.figures().investmentCnyWan();
        Map<String, ContactEntry> contacts = new LinkedHashMap<>();
        lead.contacts().forEach((id, contact) -> contacts.put(id, new ContactEntry(
                id, new Contact(contact.contact().fullName(), null, null, null, null, null, null))));
        Map<String, ActivityEntry> activities = new LinkedHashMap<>();
        lead.activities().values().stream().filter(activity -> !activity.retracted())
            .forEach(activity -> activities.put(activity.activityId(), new ActivityEntry(
                    activity.activityId(), null, activity.occurredOn(), List.of(), null, false, false, null)));
        Map<String, FollowUpEntry> followUps = new LinkedHashMap<>();
        lead.followUps().values().stream().filter(followUp -> !followUp.done())
            .forEach(followUp -> followUps.put(followUp.followUpId(), new FollowUpEntry(
                    followUp.followUpId(), followUp.nextStep(), followUp.dueOn(), followUp.assignee(), false, null)));
        return new LeadState(
                lead.leadId(), new Company(company.nameEn(), company.nameZh(), null, null, company.industry(),
                                           company.fortune500(), false, null),
                lead.market(), lead.channel(), lead.introducedBy(), lead.owner(), lead.team(), lead.stage(),
                lead.furthestStage(), lead.status(), lead.identifiedOn(), lead.stageEnteredOn(), lead.createdAt(),
                lead.stageChangedAt(),
                new LeadState.Figures(investment == null ? null : new PlannedInvestment(null, null, null, investment),
                                      null, null, null, null, lead.figures().targetZone(), null),
                LeadState.Assessment.NONE, LeadState.Agreement.NONE, null, LeadState.Hold.NONE, LeadState.Loss.NONE,
                Collections.unmodifiableMap(contacts), Collections.unmodifiableMap(activities),
                Collections.unmodifiableMap(followUps), lead.dataToComplete());
    }

    String leadId() {
        return lead.leadId();
    }

    LeadSummary toSummary() {
        Company company = lead.company();
        return new LeadSummary(lead.leadId(), company.nameEn(), company.nameZh(), lead.market(), lead.channel(),
                               company.industry(), company.fortune500(), lead.introducedBy(), lead.owner(),
                               lead.team(), lead.stage(), lead.furthestStage(), lead.status(),
                               lead.figures().investmentCnyWan(), lead.figures().targetZone(), lead.identifiedOn(),
                               lead.stageEnteredOn(),
                               activityDays().values().stream().max(Comparator.naturalOrder()).orElse(null),
                               contactNames().values().stream().sorted().toList(),
                               openFollowUps().values().stream()
                                              .sorted(Comparator.comparing(LeadSummary.OpenFollowUp::dueOn)
                                                                .thenComparing(LeadSummary.OpenFollowUp::followUpId))
                                              .toList(),
                               lead.createdAt(), lead.stageChangedAt(), version, lead.dataToComplete());
    }

    private Map<String, String> contactNames() {
        Map<String, String> names = new LinkedHashMap<>();
        lead.contacts().forEach((id, contact) -> names.put(id, contact.contact().fullName()));
        return names;
    }

    /** The day of each activity (not retracted). */
    private Map<String, LocalDate> activityDays() {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        lead.activities().forEach((id, activity) -> days.put(id, activity.occurredOn()));
        return days;
    }

    /** The follow-ups not done. */
    private Map<String, LeadSummary.OpenFollowUp> openFollowUps() {
        Map<String, LeadSummary.OpenFollowUp> open = new LinkedHashMap<>();
        lead.followUps().forEach((id, followUp) -> open.put(id, new LeadSummary.OpenFollowUp(
                id, followUp.nextStep(), followUp.dueOn(), followUp.assignee())));
        return open;
    }

    Document toDocument() {
        Document activities = new Document();
        activityDays().forEach((id, day) -> activities.append(id, day.toString()));
        Document followUps = new Document();
        openFollowUps().forEach((id, followUp) -> followUps.append(id, new Document("nextStep", followUp.nextStep())
                .append("dueOn", followUp.dueOn().toString()).append("assignee", followUp.assignee())));
        Company company = lead.company();
        BigDecimal investment = lead.figures().investmentCnyWan();
        return new Document("_id", lead.leadId())
                .append("companyNameEn", company.nameEn())
                .append("companyNameZh", company.nameZh())
                .append("market", lead.market().name())
                .append("channel", name(lead.channel()))
                .append("industry", name(company.industry()))
                .append("fortune500", company.fortune500())
                .append("introducedBy", lead.introducedBy())
                .append("owner", lead.owner())
                .append("team", lead.team())
                .append("stage", lead.stage().name())
                .append("furthestStage", lead.furthestStage().name())
                .append("status", lead.status().name())
                .append("plannedInvestmentCnyWan", investment == null ? null : new Decimal128(investment))
                .append("targetZone", name(lead.figures().targetZone()))
                .append("identifiedOn", lead.identifiedOn().toString())
                .append("stageEnteredOn", lead.stageEnteredOn().toString())
                .append("createdAt", Date.from(lead.createdAt()))
                .append("stageChangedAt", Date.from(lead.stageChangedAt()))
                .append("version", version)
                .append("contacts", new Document(contactNames()))
                .append("activities", activities)
                .append("followUps", followUps)
                .append("dataToComplete", lead.dataToComplete().stream().map(gate -> new Document(
                        "stage", gate.stage().name()).append("fields", gate.fields()).append("file", gate.file())
                        .append("row", gate.row())).toList());
    }

    /** The gates owed data, as stored (none in documents older than them). */
    private static List<MissingGateData> dataToComplete(Document document) {
        return document.getList("dataToComplete", Document.class, List.of()).stream().map(gate -> new MissingGateData(
                Stage.valueOf(gate.getString("stage")), gate.getList("fields", String.class),
                gate.getString("file"), gate.getInteger("row"))).toList();
    }

    /** The row as stored: the lead as far as the list shows it. */
    static LeadRow fromDocument(Document document) {
        Decimal128 investment = document.get("plannedInvestmentCnyWan", Decimal128.class);
        Map<String, ContactEntry> contacts = new LinkedHashMap<>();
        document.get("contacts", Document.class).forEach((id, name) -> contacts.put(id, new ContactEntry(
                id, new Contact((String) name, null, null, null, null, null, null))));
        Map<String, ActivityEntry> activities = new LinkedHashMap<>();
        document.get("activities", Document.class).forEach((id, day) -> activities.put(id, new ActivityEntry(
                id, null, LocalDate.parse((String) day), List.of(), null, false, false, null)));
        Map<String, FollowUpEntry> followUps = new LinkedHashMap<>();
        document.get("followUps", Document.class).forEach((id, value) -> {
            Document followUp = (Document) value;
            followUps.put(id, new FollowUpEntry(id, followUp.getString("nextStep"),
                                                LocalDate.parse(followUp.getString("dueOn")),
                                                followUp.getString("assignee"), false, null));
        });
        LeadState lead = new LeadState(
                document.getString("_id"),
                new Company(document.getString("companyNameEn"), document.getString("companyNameZh"), null, null,
                            valueOf(Industry.class, document.getString("industry")),
                            document.getBoolean("fortune500", false), false, null),
                SourceMarket.valueOf(document.getString("market")),
                valueOf(Channel.class, document.getString("channel")),
                document.getString("introducedBy"), document.getString("owner"),
                List.copyOf(document.getList("team", String.class, List.of())),
                Stage.valueOf(document.getString("stage")), Stage.valueOf(document.getString("furthestStage")),
                LeadStatus.valueOf(document.getString("status")),
                LocalDate.parse(document.getString("identifiedOn")),
                LocalDate.parse(document.getString("stageEnteredOn")),
                document.getDate("createdAt").toInstant(), document.getDate("stageChangedAt").toInstant(),
                new LeadState.Figures(investment == null ? null
                                                         : new PlannedInvestment(null, null, null,
                                                                                 investment.bigDecimalValue()),
                                      null, null, null, null, valueOf(TargetZone.class, document.getString("targetZone")),
                                      null),
                LeadState.Assessment.NONE, LeadState.Agreement.NONE, null, LeadState.Hold.NONE, LeadState.Loss.NONE,
                Collections.unmodifiableMap(contacts), Collections.unmodifiableMap(activities),
                Collections.unmodifiableMap(followUps), dataToComplete(document));
        return new LeadRow(lead, document.getLong("version"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
