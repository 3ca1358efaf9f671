package org.zhaoshang.crm.conversion.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.zhaoshang.crm.lead.api.Channel;
import org.zhaoshang.crm.lead.api.Industry;
import org.zhaoshang.crm.lead.api.SourceMarket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * A lead's way through the pipeline with what conversion history is sliced by, stored as one document. Facts are
 * kept by the lead's event sequence number, so an event applied twice leaves the same journey.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class LeadJourney {

    @JsonProperty("_id")
    String leadId;
    SourceMarket market;
    Channel channel;
    Industry industry;
    String ambassador;
    String owner;
    boolean fortune500;
    LocalDate identifiedOn;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    BigDecimal investmentWan;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    BigDecimal landAreaMu;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    BigDecimal floorSpaceM2;
    TreeMap<Long, JourneyFact> facts = new TreeMap<>();

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
        return copy;
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
