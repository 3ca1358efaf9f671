package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.SourceMarket;

public record CreateLeadRequest(String companyNameEn, String companyNameZh, SourceMarket market) {
}
