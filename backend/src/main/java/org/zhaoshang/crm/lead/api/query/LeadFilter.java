package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which leads a list shows. Within one field any of the values matches (an empty set: any value); across fields
 * all must match. Date ranges include both ends; either end may be open.
 *
 * @param text       matched, ignoring case, width and traditional/simplified characters, against the company's English
 *                   and Chinese names and its contacts' names, Chinese names also by pinyin in full or by initials
 * @param staleSince leads last contacted before this day, or never contacted and identified before it
 */
public record LeadFilter(Set<SourceMarket> markets,
                         Set<Stage> stages,
                         Set<Channel> channels,
                         Set<Industry> industries,
                         Set<String> owners,
                         Set<String> ambassadors,
                         Set<TargetZone> zones,
                         Boolean fortune500,
                         Set<LeadStatus> statuses,
                         LocalDate identifiedFrom,
                         LocalDate identifiedTo,
                         LocalDate lastContactFrom,
                         LocalDate lastContactTo,
                         String text,
                         LocalDate staleSince) {

    public static final int MAX_VALUES = 50;
    public static final int MAX_TEXT_LENGTH = 100;

    public LeadFilter {
        markets = copy(markets);
        stages = copy(stages);
        channels = copy(channels);
        industries = copy(industries);
        owners = copy(owners);
        ambassadors = copy(ambassadors);
        zones = copy(zones);
        statuses = copy(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                              null);
    }

    /** This filter, further limited to leads of these statuses (when it names none). */
    public LeadFilter withStatusesIfNone(Set<LeadStatus> defaults) {
        return statuses.isEmpty() ? new LeadFilter(markets, stages, channels, industries, owners, ambassadors, zones,
                                                   fortune500, defaults, identifiedFrom, identifiedTo,
                                                   lastContactFrom, lastContactTo, text, staleSince)
                                  : this;
    }

    public void validate(Violations violations) {
        violations.check(owners.size() <= MAX_VALUES, "owner", "max-size", "at most " + MAX_VALUES + " values")
                  .check(ambassadors.size() <= MAX_VALUES, "ambassador", "max-size",
                         "at most " + MAX_VALUES + " values")
                  .maxLength("q", text, MAX_TEXT_LENGTH)
                  .check(ordered(identifiedFrom, identifiedTo), "identifiedTo", "range",
                         "must not be before identifiedFrom")
                  .check(ordered(lastContactFrom, lastContactTo), "lastContactTo", "range",
                         "must not be before lastContactFrom");
    }

    private static boolean ordered(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The values given; an empty one (market= in a query) asks for nothing and is left out. */
    private static <T> Set<T> copy(Collection<T> values) {
        return values == null ? Set.of() : values.stream().filter(java.util.Objects::nonNull)
                                                 .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
