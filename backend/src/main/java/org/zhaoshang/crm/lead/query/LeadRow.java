package org.zhaoshang.crm.lead.query;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lead list's state of one lead, changed by the projection's handlers and stored as one document. Contacts,
 * activities and follow-ups are kept by id, so that applying an event twice leaves the same state.
 */
final class LeadRow {

    final String leadId;
    String companyNameEn;
    String companyNameZh;
    SourceMarket market;
    Channel channel;
    Industry industry;
    boolean fortune500;
    String introducedBy;
    String owner;
    Stage stage = Stage.LEAD;
    Stage furthestStage = Stage.LEAD;
    LeadStatus status = LeadStatus.OPEN;
    BigDecimal plannedInvestmentCnyWan;
    TargetZone targetZone;
    LocalDate identifiedOn;
    LocalDate stageEnteredOn;
    Instant createdAt;
    Instant stageChangedAt;
    long version;
    final TreeSet<String> team = new TreeSet<>();
    final Map<String, String> contactNames = new LinkedHashMap<>();
    final Map<String, LocalDate> activityDays = new LinkedHashMap<>();
    final Map<String, LeadSummary.OpenFollowUp> openFollowUps = new LinkedHashMap<>();

    LeadRow(String leadId) {
        this.leadId = leadId;
    }

    void company(Company company) {
        companyNameEn = company.nameEn();
        companyNameZh = company.nameZh();
        industry = company.industry();
        fortune500 = company.fortune500();
    }

    LeadSummary toSummary() {
        return new LeadSummary(leadId, companyNameEn, companyNameZh, market, channel, industry, fortune500,
                               introducedBy, owner, List.copyOf(team), stage, furthestStage, status, plannedInvestmentCnyWan, targetZone, identifiedOn,
                               stageEnteredOn,
                               activityDays.values().stream().max(Comparator.naturalOrder()).orElse(null),
                               contactNames.values().stream().sorted().toList(),
                               openFollowUps.values().stream()
                                            .sorted(Comparator.comparing(LeadSummary.OpenFollowUp::dueOn)
                                                              .thenComparing(LeadSummary.OpenFollowUp::followUpId))
                                            .toList(),
                               createdAt, stageChangedAt, version);
    }

    Document toDocument() {
        Document activities = new Document();
        activityDays.forEach((id, day) -> activities.append(id, day.toString()));
        Document followUps = new Document();
        openFollowUps.forEach((id, followUp) -> followUps.append(id, new Document("nextStep", followUp.nextStep())
                .append("dueOn", followUp.dueOn().toString()).append("assignee", followUp.assignee())));
        return new Document("_id", leadId)
                .append("companyNameEn", companyNameEn)
                .append("companyNameZh", companyNameZh)
                .append("market", market.name())
                .append("channel", name(channel))
                .append("industry", name(industry))
                .append("fortune500", fortune500)
                .append("introducedBy", introducedBy)
                .append("owner", owner)
                .append("team", List.copyOf(team))
                .append("stage", stage.name())
                .append("furthestStage", furthestStage.name())
                .append("status", status.name())
                .append("plannedInvestmentCnyWan",
                        plannedInvestmentCnyWan == null ? null : new Decimal128(plannedInvestmentCnyWan))
                .append("targetZone", name(targetZone))
                .append("identifiedOn", identifiedOn.toString())
                .append("stageEnteredOn", stageEnteredOn.toString())
                .append("createdAt", Date.from(createdAt))
                .append("stageChangedAt", Date.from(stageChangedAt))
                .append("version", version)
                .append("contacts", new Document(contactNames))
                .append("activities", activities)
                .append("followUps", followUps);
    }

    static LeadRow fromDocument(Document document) {
        LeadRow row = new LeadRow(document.getString("_id"));
        row.companyNameEn = document.getString("companyNameEn");
        row.companyNameZh = document.getString("companyNameZh");
        row.market = SourceMarket.valueOf(document.getString("market"));
        row.channel = valueOf(Channel.class, document.getString("channel"));
        row.industry = valueOf(Industry.class, document.getString("industry"));
        row.fortune500 = document.getBoolean("fortune500", false);
        row.introducedBy = document.getString("introducedBy");
        row.owner = document.getString("owner");
        row.team.addAll(document.getList("team", String.class, List.of()));
        row.stage = Stage.valueOf(document.getString("stage"));
        row.furthestStage = Stage.valueOf(document.getString("furthestStage"));
        row.status = LeadStatus.valueOf(document.getString("status"));
        Decimal128 investment = document.get("plannedInvestmentCnyWan", Decimal128.class);
        row.plannedInvestmentCnyWan = investment == null ? null : investment.bigDecimalValue();
        row.targetZone = valueOf(TargetZone.class, document.getString("targetZone"));
        row.identifiedOn = LocalDate.parse(document.getString("identifiedOn"));
        row.stageEnteredOn = LocalDate.parse(document.getString("stageEnteredOn"));
        row.createdAt = document.getDate("createdAt").toInstant();
        row.stageChangedAt = document.getDate("stageChangedAt").toInstant();
        row.version = document.getLong("version");
        document.get("contacts", Document.class).forEach((id, name) -> row.contactNames.put(id, (String) name));
        document.get("activities", Document.class)
                .forEach((id, day) -> row.activityDays.put(id, LocalDate.parse((String) day)));
        document.get("followUps", Document.class).forEach((id, value) -> {
            Document followUp = (Document) value;
            row.openFollowUps.put(id, new LeadSummary.OpenFollowUp(id, followUp.getString("nextStep"),
                                                                   LocalDate.parse(followUp.getString("dueOn")),
                                                                   followUp.getString("assignee")));
        });
        return row;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
