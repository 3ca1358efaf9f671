package org.zhaoshang.crm.lead.api.value;

/** How a lead was found (招商方式). */
public enum Channel {
    /** 招商大使 */
    AMBASSADOR,
    /** 国际招商合伙人 */
    INTERNATIONAL_PARTNER,
    /** 资本招商: funds and investors bring portfolio companies */
    CAPITAL_LED,
    /** 以商引商: an existing investor refers another */
    BUSINESS_REFERRAL,
    /** 产业链招商 */
    INDUSTRY_CHAIN,
    /** 专业化招商 */
    PROFESSIONAL_AGENCY,
    /** 社会化招商 */
    SOCIAL_COMMUNITY,
    ROADSHOW_EVENT,
    DIRECT_APPROACH
}
