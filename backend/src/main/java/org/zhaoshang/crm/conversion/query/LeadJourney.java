package org.zhaoshang.crm.conversion.query;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.state.LeadState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lead's way through the pipeline with what conversion history is sliced by, stored as one document. Facts are
 * kept by the lead's event sequence number, so an event applied twice leaves the same journey.
 */
final class LeadJourney {

    String leadId;
    SourceMarket market;
    Channel channel;
    Industry industry;
    String ambassador;
    String owner;
    boolean fortune500;
    LocalDate identifiedOn;
    BigDecimal investmentWan;
    BigDecimal landAreaMu;
    BigDecimal floorSpaceM2;
    TreeMap<Long, JourneyFact> facts = new TreeMap<>();
    /** The sequence number of the lead's last event that changed the journey (-1 in documents older than it). */
    long version;

    /**
     * The lead as far as its journey knows it: what conversion history is sliced by. Enough to apply the lead's next
     * event to, as the journey {@link #follow}s only that.
     */
    LeadState lead() {
        return new LeadState(leadId, new Company(null, null, null, null, industry, fortune500, false, null), market,
                             channel, ambassador, owner, List.of(), Stage.LEAD, Stage.LEAD, LeadStatus.OPEN,
                             identifiedOn, identifiedOn, null, null,
                             new LeadState.Figures(investmentWan == null ? null : new PlannedInvestment(
                                     null, null, null, investmentWan), landAreaMu, floorSpaceM2, null, null, null,
                                                   null),
                             LeadState.Assessment.NONE, LeadState.Agreement.NONE, null, LeadState.Hold.NONE,
                             LeadState.Loss.NONE, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Takes from the lead what conversion history is sliced by. */
    void follow(LeadState lead) {
        leadId = lead.leadId();
        market = lead.market();
        channel = lead.channel();
        industry = lead.company().industry();
        ambassador = lead.introducedBy();
        owner = lead.owner();
        fortune500 = lead.company().fortune500();
        identifiedOn = lead.identifiedOn();
        investmentWan = lead.figures().investmentCnyWan();
        landAreaMu = lead.figures().landAreaMu();
        floorSpaceM2 = lead.figures().floorSpaceM2();
    }

    /** A copy to change, so that readers of the stored one never see a change half made. */
    LeadJourney copy() {
        LeadJourney copy = new LeadJourney();
        copy.leadId = leadId;
        copy.market = market;
        copy.channel = channel;
        copy.industry = industry;
        copy.ambassador = ambassador;
        copy.owner = owner;
        copy.fortune500 = fortune500;
        copy.identifiedOn = identifiedOn;
        copy.investmentWan = investmentWan;
        copy.landAreaMu = landAreaMu;
        copy.floorSpaceM2 = floorSpaceM2;
        copy.facts = new TreeMap<>(facts);
        copy.version = version;
        return copy;
    }

    Document toDocument() {
        List<Document> stored = new ArrayList<>(facts.size());
        facts.forEach((sequence, fact) -> stored.add(factDocument(sequence, fact)));
        return new Document("_id", leadId)
                .append("market", market.name())
                .append("channel", channel == null ? null : channel.name())
                .append("industry", industry == null ? null : industry.name())
                .append("ambassador", ambassador)
                .append("owner", owner)
                .append("fortune500", fortune500)
                .append("identifiedOn", identifiedOn.toString())
                .append("investmentWan", decimal(investmentWan))
                .append("landAreaMu", decimal(landAreaMu))
                .append("floorSpaceM2", decimal(floorSpaceM2))
                .append("facts", stored)
                .append("version", version);
    }

    private static Document factDocument(long sequence, JourneyFact fact) {
        Document document = new Document("sequence", sequence)
                .append("occurredOn", fact.occurredOn().toString())
                .append("recordedOn", fact.recordedOn().toString());
        if (fact instanceof JourneyFact.Moved moved) {
            document.append("type", "moved").append("from", moved.from() == null ? null : moved.from().name())
                    .append("stage", moved.to().name());
        } else if (fact instanceof JourneyFact.Lost lost) {
            document.append("type", "lost").append("stage", lost.stage().name())
                    .append("reason", lost.reason().name()).append("location", lost.competingLocation());
        } else if (fact instanceof JourneyFact.GateDataMissing missing) {
            document.append("type", "gate-data-missing").append("stage", missing.stage().name());
        } else if (fact instanceof JourneyFact.Held held) {
            document.append("type", "held").append("stage", held.stage().name());
        } else if (fact instanceof JourneyFact.Reopened reopened) {
            document.append("type", "reopened").append("stage", reopened.stage().name());
        }
        return document;
    }

    static LeadJourney fromDocument(Document document) {
        LeadJourney journey = new LeadJourney();
        journey.leadId = document.getString("_id");
        journey.version = document.get("version", -1L);
        journey.market = SourceMarket.valueOf(document.getString("market"));
        journey.channel = document.getString("channel") == null ? null : Channel.valueOf(document.getString("channel"));
        journey.industry = document.getString("industry") == null ? null
                                                                   : Industry.valueOf(document.getString("industry"));
        journey.ambassador = document.getString("ambassador");
        journey.owner = document.getString("owner");
        journey.fortune500 = document.getBoolean("fortune500", false);
        journey.identifiedOn = LocalDate.parse(document.getString("identifiedOn"));
        journey.investmentWan = decimal(document.get("investmentWan", Decimal128.class));
        journey.landAreaMu = decimal(document.get("landAreaMu", Decimal128.class));
        journey.floorSpaceM2 = decimal(document.get("floorSpaceM2", Decimal128.class));
        for (Document fact : document.getList("facts", Document.class)) {
            journey.facts.put(fact.getLong("sequence"), fact(fact));
        }
        return journey;
    }

    private static JourneyFact fact(Document fact) {
        LocalDate occurredOn = LocalDate.parse(fact.getString("occurredOn"));
        LocalDate recordedOn = LocalDate.parse(fact.getString("recordedOn"));
        Stage stage = Stage.valueOf(fact.getString("stage"));
        return switch (fact.getString("type")) {
            case "moved" -> new JourneyFact.Moved(fact.getString("from") == null ? null
                                                                                  : Stage.valueOf(fact.getString("from")),
                                                  stage, occurredOn, recordedOn);
            case "lost" -> new JourneyFact.Lost(stage, LossReason.valueOf(fact.getString("reason")),
                                                fact.getString("location"), occurredOn, recordedOn);
            case "held" -> new JourneyFact.Held(stage, occurredOn, recordedOn);
            case "gate-data-missing" -> new JourneyFact.GateDataMissing(stage, occurredOn, recordedOn);
            default -> new JourneyFact.Reopened(stage, occurredOn, recordedOn);
        };
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private static BigDecimal decimal(Decimal128 value) {
        return value == null ? null : value.bigDecimalValue();
    }

    /** The value of a slicing dimension, or null when the lead has none. */
    String valueOf(org.zhaoshang.crm.conversion.api.ConversionDimension dimension) {
        return switch (dimension) {
            case ALL -> "*";
            case MARKET -> market.name();
            case CHANNEL -> channel == null ? null : channel.name();
            case INDUSTRY -> industry == null ? null : industry.name();
            case AMBASSADOR -> ambassador;
            case OWNER -> owner;
        };
    }
}
