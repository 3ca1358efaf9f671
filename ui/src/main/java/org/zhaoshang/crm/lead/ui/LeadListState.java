package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.router.QueryParameters;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.Texts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the leads view shows, as it travels in the address (a shareable link): the same parameter names as the REST
 * API's list ({@code q, market, stage, status, owner, ambassador, sort}). Values that are not understood are left out.
 */
record LeadListState(String text, Set<SourceMarket> markets, Set<Stage> stages, Set<LeadStatus> statuses,
                     String owner, String ambassador, LeadSort sort, boolean descending) {

    static final LeadListState NEWEST_FIRST = new LeadListState(null, Set.of(), Set.of(), Set.of(), null, null,
                                                                LeadSort.IDENTIFIED_ON, true);

    LeadFilter filter() {
        return new LeadFilter(markets, stages, null, null, owner == null ? null : Set.of(owner),
                              ambassador == null ? null : Set.of(ambassador), null, null, statuses, null, null, null,
                              null, text, null);
    }

    QueryParameters toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text != null) {
            parameters.put("q", List.of(text));
        }
        put(parameters, "market", markets);
        put(parameters, "stage", stages);
        put(parameters, "status", statuses);
        if (owner != null) {
            parameters.put("owner", List.of(owner));
        }
        if (ambassador != null) {
            parameters.put("ambassador", List.of(ambassador));
        }
        if (sort != NEWEST_FIRST.sort || descending != NEWEST_FIRST.descending) {
            parameters.put("sort", List.of(sort.parameter() + (descending ? ",desc" : ",asc")));
        }
        return new QueryParameters(parameters);
    }

    static LeadListState of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String sortParameter = first(values, "sort");
        String[] sortParts = sortParameter == null ? new String[0] : sortParameter.split(",");
        LeadSort sort = Arrays.stream(LeadSort.values())
                              .filter(candidate -> sortParts.length > 0 && candidate.parameter().equals(sortParts[0]))
                              .findFirst().orElse(NEWEST_FIRST.sort);
        boolean descending = sortParts.length > 1 ? sortParts[1].equals("desc") : sortParts.length == 0;
        return new LeadListState(Texts.stripped(first(values, "q")), enums(values, "market", SourceMarket.class),
                                 enums(values, "stage", Stage.class), enums(values, "status", LeadStatus.class),
                                 Texts.stripped(first(values, "owner")), Texts.stripped(first(values, "ambassador")),
                                 sort, descending);
    }

    private static <E extends Enum<E>> void put(Map<String, List<String>> parameters, String name, Set<E> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values.stream().map(Enum::name).sorted().toList());
        }
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? null : given.get(0);
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> values, String name, Class<E> type) {
        Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        Set<E> chosen = EnumSet.noneOf(type);
        values.getOrDefault(name, List.of()).stream().flatMap(value -> Arrays.stream(value.split(",")))
              .filter(known::contains).forEach(value -> chosen.add(Enum.valueOf(type, value)));
        return chosen;
    }
}
