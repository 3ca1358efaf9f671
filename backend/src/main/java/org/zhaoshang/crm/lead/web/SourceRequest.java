package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.Channel;
import org.zhaoshang.crm.lead.api.SourceMarket;

public record SourceRequest(SourceMarket market, Channel channel, String introducedBy, Long expectedVersion) {
}
