package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

public record SourceRequest(SourceMarket market, Channel channel, String introducedBy, Long expectedVersion) {
}
