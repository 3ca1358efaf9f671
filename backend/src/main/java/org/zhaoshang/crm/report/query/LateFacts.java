package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.report.api.LateFact;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.ProgressMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of a period a report left out because they were recorded after its end: the progress of each of its key
 * projects in the period as known now, less the progress the report knew (as known then).
 */
@Component
class LateFacts {

    private static final Comparator<LateFact> IN_ORDER = Comparator.comparing(LateFact::happenedOn)
            .thenComparing(LateFact::leadId).thenComparing(LateFact::signal)
            .thenComparing(LateFact::summary, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ReportSources sources;

    LateFacts(ReportSources sources) {
        this.sources = sources;
    }

    /** The late facts of these dossiers (each as known at the period's end), in the order they happened. */
    List<LateFact> of(List<KeyProjectDossier> knownThen, ReportPeriod period) {
        List<LateFact> late = new ArrayList<>();
        for (KeyProjectDossier then : knownThen) {
            Set<ProgressMark> known = new HashSet<>(then.progress());
            sources.dossier(then.row().year(), then.row().leadId(), period.asOf(), Knowledge.AS_KNOWN_NOW)
                   .ifPresent(now -> now.progress().stream()
                           .filter(mark -> period.contains(mark.on()) && !known.contains(mark))
                           .forEach(mark -> late.add(new LateFact(mark.on(), mark.recordedOn(), then.row().leadId(),
                                                                  then.row().company(), mark.signal(),
                                                                  mark.summary()))));
        }
        late.sort(IN_ORDER);
        return List.copyOf(late);
    }
}
