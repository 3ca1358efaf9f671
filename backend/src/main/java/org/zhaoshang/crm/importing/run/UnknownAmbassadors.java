package org.zhaoshang.crm.importing.run;

import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.api.UnknownAmbassador;
import org.zhaoshang.crm.lead.api.value.CompanyNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ambassadors a sheet names who are not registered: each name once (its spellings meet by
 * {@link CompanyNames#key}), with the rows naming it, for the report's "register these ambassadors".
 */
final class UnknownAmbassadors {

    static final String RULE = "unknown-ambassador";

    private UnknownAmbassadors() {
    }

    /**
     * @param names each row's ambassador cell as written (the header being row 1, the first row's at index 0); null
     *              when no column holds ambassadors
     */
    static List<UnknownAmbassador> of(List<ImportRowReport> reports, List<String> names) {
        if (names == null) {
            return List.of();
        }
        Map<String, String> nameOfKey = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOfKey = new LinkedHashMap<>();
        for (ImportRowReport report : reports) {
            if (report.messages().stream().noneMatch(message -> RULE.equals(message.rule()))) {
                continue;
            }
            String name = names.get(report.row() - 2);
            String key = CompanyNames.key(name);
            if (key == null) {
                continue; // punctuation only: no name to register
            }
            nameOfKey.putIfAbsent(key, name);
            rowsOfKey.computeIfAbsent(key, any -> new ArrayList<>()).add(report.row());
        }
        return nameOfKey.entrySet().stream()
                        .map(entry -> new UnknownAmbassador(entry.getValue(), List.copyOf(rowsOfKey.get(entry.getKey()))))
                        .toList();
    }
}
