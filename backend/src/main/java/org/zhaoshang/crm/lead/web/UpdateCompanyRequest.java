package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;

public record UpdateCompanyRequest(String companyNameEn, String companyNameZh, String homeCountry, String homeCity,
                                   Industry industry, boolean fortune500, boolean industryLeader, String website,
                                   Long expectedVersion) {

    Company company() {
        return new Company(companyNameEn, companyNameZh, homeCountry, homeCity, industry, fortune500, industryLeader,
                           website);
    }
}
