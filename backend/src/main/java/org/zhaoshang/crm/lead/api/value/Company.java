package org.zhaoshang.crm.lead.api.value;

import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.regex.Pattern;

import static org.zhaoshang.crm.shared.api.Texts.hasText;

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

    public static final int MAX_PLACE_LENGTH = 100;
    public static final int MAX_WEBSITE_LENGTH = 300;
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** A company known so far only by its name(s). */
    /** The name a bureau reads: the Chinese one where there is one, else the English one; null without a company. */
    public static String shownName(Company company) {
        return company == null ? null : hasText(company.nameZh()) ? company.nameZh() : company.nameEn();
    }

    public static Company named(String nameEn, String nameZh) {
        return new Company(nameEn, nameZh, null, null, null, false, false, null);
    }

    /** The rules for what is recorded of a company, on creation and on every update; a null company has no name. */
    public static Violations validate(Violations violations, Company company) {
        boolean named = company != null && (hasText(company.nameEn()) || hasText(company.nameZh()));
        violations.check(named, "companyName", "required",
                         "give the company name in English or in Chinese (or both)");
        if (company != null) {
            violations.maxLength("companyNameEn", company.nameEn(), Violations.MAX_NAME_LENGTH)
                      .maxLength("companyNameZh", company.nameZh(), Violations.MAX_NAME_LENGTH)
                      .maxLength("homeCountry", company.homeCountry(), MAX_PLACE_LENGTH)
                      .maxLength("homeCity", company.homeCity(), MAX_PLACE_LENGTH)
                      .maxLength("website", company.website(), MAX_WEBSITE_LENGTH)
                      .check(!hasText(company.website()) || WEBSITE.matcher(company.website().strip()).matches(),
                             "website", "url", "must be an address starting with http:// or https://");
        }
        return violations;
    }

    /** The same company with its texts stripped of surrounding spaces (blank ones are none). */
    public Company stripped() {
        return new Company(Texts.stripped(nameEn), Texts.stripped(nameZh), Texts.stripped(homeCountry),
                           Texts.stripped(homeCity), industry, fortune500, industryLeader, Texts.stripped(website));
    }
}
