package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A {@code sort} parameter such as {@code company} or {@code plannedInvestment,desc}. */
record LeadSortParameter(LeadSort sort, boolean descending) {

    static LeadSortParameter parse(String parameter) {
        String[] parts = parameter.strip().split(",", -1);
        LeadSort sort = Arrays.stream(LeadSort.values())
                              .filter(candidate -> candidate.parameter().equals(parts[0].strip()))
                              .findFirst().orElse(null);
        String direction = parts.length > 1 ? parts[1].strip() : "asc";
        new Violations()
                .check(sort != null, "sort", "one-of", "must be one of " + Arrays.stream(LeadSort.values())
                        .map(LeadSort::parameter).collect(Collectors.joining(", "))
                        + ", optionally followed by ,asc or ,desc")
                .check(parts.length <= 2 && (direction.equals("asc") || direction.equals("desc")), "sort",
                       "direction", "the direction after the comma must be asc or desc")
                .throwIfAny();
        return new LeadSortParameter(sort, direction.equals("desc"));
    }
}
