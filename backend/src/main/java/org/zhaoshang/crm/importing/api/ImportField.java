package org.zhaoshang.crm.importing.api;

/** What a column of an imported sheet holds. */
public enum ImportField {
    COMPANY_NAME_ZH,
    COMPANY_NAME_EN,
    /** a name in either language: Chinese if it has Chinese characters, else English */
    COMPANY_NAME,
    MARKET,
    /** the company's home country or region; gives the market when no market column is mapped */
    COUNTRY,
    CITY,
    INDUSTRY,
    CHANNEL,
    STAGE,
    /** the day the lead reached its stage */
    STAGE_DATE,
    IDENTIFIED_ON,
    /** planned investment with its unit and currency (500万元, 1.2亿, USD 3m); a bare number in 万元 */
    INVESTMENT,
    LAND_AREA_MU,
    FLOOR_SPACE_M2,
    TARGET_ZONE,
    CONTACT_NAME,
    CONTACT_TITLE,
    CONTACT_PHONE,
    CONTACT_EMAIL,
    /** the introducing ambassador or partner, by name */
    AMBASSADOR,
    /** the day of a site visit (the gate of SITE_VISIT and later stages) */
    VISIT_DATE,
    AGREEMENT_DATE,
    AGREEMENT_REFERENCE,
    REGISTERED_ON,
    /**
     * a remark (备注, 说明, 进展情况 …): kept with the lead as the bureau's internal note; several columns may be
     * remarks
     */
    REMARKS,
    /** a column left unmapped: kept with the lead, under its header, as one of the other columns from the sheet */
    IGNORED
}
