package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.CompanyNames;

/** The leads whose company goes by one of these names (compared by {@link CompanyNames#key}). */
public record FindLeadsNamedLikeQuery(String companyNameEn, String companyNameZh) {
}
