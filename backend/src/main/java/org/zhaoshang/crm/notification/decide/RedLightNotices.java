package org.zhaoshang.crm.notification.decide;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.LightChange;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Key projects red today, to their owner, leader and responsible department: once per red spell (the reason names the
 * day it turned red, from the project's light history).
 */
@Component
class RedLightNotices {

    private final QueryGateway queries;
    private final Audience audience;

    RedLightNotices(QueryGateway queries, Audience audience) {
        this.queries = queries;
        this.audience = audience;
    }

    List<Notice> decide(LocalDate today, Instant now) {
        return queries.query(new FindKeyProjectsQuery(today.getYear(), null, Light.RED, today, null),
                             ResponseTypes.instanceOf(KeyProjectList.class)).join()
                      .rows().stream().map(row -> notice(row, today, now)).toList();
    }

    private Notice notice(KeyProjectRow row, LocalDate today, Instant now) {
        KeyProjectDossier dossier = queries.query(new FindKeyProjectQuery(row.year(), row.leadId(), today, null),
                                                  ResponseTypes.instanceOf(KeyProjectDossier.class)).join();
        List<String> candidates = new ArrayList<>(List.of(row.owner(), row.leader()));
        candidates.addAll(audience.ofDepartment(row.department()));
        return new Notice(Reasons.of("red-light", row.year(), row.leadId(), redSince(dossier, today)),
                          NotificationKind.RED_LIGHT, Links.keyProject(row.year(), row.leadId()),
                          Map.of("company", row.company() == null ? row.leadId() : row.company(),
                                 "year", String.valueOf(row.year()), "reasons", ChineseWords.reasons(row.reasons())),
                          now, audience.ofKeyProject(candidates, row.year(), row.leadId()), row.department(),
                          row.market());
    }

    /** The first day of the red spell the project is in: red changes back from the newest, without another colour. */
    static LocalDate redSince(KeyProjectDossier dossier, LocalDate today) {
        LocalDate since = today;
        List<LightChange> lights = dossier == null ? List.of() : dossier.lights();
        for (int i = lights.size() - 1; i >= 0 && lights.get(i).light() == Light.RED; i--) {
            since = lights.get(i).from();
        }
        return since;
    }
}
