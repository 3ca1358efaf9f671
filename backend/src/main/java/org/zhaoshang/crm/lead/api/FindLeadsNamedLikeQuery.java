package org.zhaoshang.crm.lead.api;

/** The leads whose company goes by one of these names (compared by {@link CompanyNames#key}). */
public record FindLeadsNamedLikeQuery(String companyNameEn, String companyNameZh) {
}
