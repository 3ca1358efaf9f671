package org.zhaoshang.crm.lead.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An activity's visibility as corrections leave it (issue 15: a correction's "internal" was dropped). */
class LeadDetailFoldTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void aCorrectionHidesShowsOrKeepsTheActivity() {
        assertThat(internalAfter(false, true)).isTrue();
        assertThat(internalAfter(true, false)).isFalse();
        assertThat(internalAfter(true, null)).isTrue();
        assertThat(internalAfter(false, null)).isFalse();
    }

    private static boolean internalAfter(boolean logged, Boolean corrected) {
        LeadDetailFold fold = new LeadDetailFold();
        fold.apply(new LeadCreatedEvent("lead-1", Company.named("Fold Ltd", null), SourceMarket.LONDON, null, null,
                                        "staff", DAY), 0);
        fold.apply(new ActivityLoggedEvent("lead-1", "a-1", ActivityType.CALL, DAY, List.of(), "call", logged), 1);
        fold.apply(new ActivityCorrectedEvent("lead-1", "a-1", ActivityType.CALL, DAY, List.of(), "corrected",
                                              corrected), 2);
        LeadDetail.ActivityEntry activity = fold.detail().activities().get(0);
        assertThat(activity.summary()).isEqualTo("corrected");
        return activity.internal();
    }
}
