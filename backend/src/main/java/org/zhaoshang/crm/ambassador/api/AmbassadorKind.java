package org.zhaoshang.crm.ambassador.api;

/** Who introduces companies from outside the bureau. */
public enum AmbassadorKind {
    /** 招商大使: business people, overseas Chinese, chamber members */
    INVESTMENT_AMBASSADOR,
    /** 国际招商合伙人: a consultancy, chamber or law firm abroad */
    INTERNATIONAL_PARTNER
}
