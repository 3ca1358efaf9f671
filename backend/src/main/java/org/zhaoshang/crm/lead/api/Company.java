package org.zhaoshang.crm.lead.api;

/**
 * The company behind a lead. At least one of the two names is required.
 *
 * @param homeCountry    where it is headquartered, e.g. United Kingdom
 * @param fortune500     on the Fortune Global 500 list
 * @param industryLeader a leader of its industry (行业龙头)
 * @param website        http(s) address
 */
public record Company(String nameEn,
                      String nameZh,
                      String homeCountry,
                      String homeCity,
                      Industry industry,
                      boolean fortune500,
                      boolean industryLeader,
                      String website) {

    /** A company known so far only by its name(s). */
    public static Company named(String nameEn, String nameZh) {
        return new Company(nameEn, nameZh, null, null, null, false, false, null);
    }
}
