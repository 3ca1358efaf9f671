package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.time.LocalDate;

/** A new lead as the API takes it: the company's fields flat, beside where the lead comes from. */
public record CreateLeadRequest(String companyNameEn, String companyNameZh, String homeCountry, String homeCity,
                                Industry industry, boolean fortune500, boolean industryLeader, String website,
                                SourceMarket market, Channel channel, String introducedBy, LocalDate identifiedOn) {

    Company company() {
        return new Company(companyNameEn, companyNameZh, homeCountry, homeCity, industry, fortune500, industryLeader,
                           website);
    }
}
