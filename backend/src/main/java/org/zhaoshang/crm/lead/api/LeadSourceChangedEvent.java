package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadSourceChangedEvent(String leadId, SourceMarket market, Channel channel, String introducedBy) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
