package org.zhaoshang.crm.supervision.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.performance.api.LeadPromises.MilestonePromise;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.MilestoneDue;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Performance's promises become supervision's rows and the light's milestones. */
class PromisesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final LeadPromises SIGNED = new LeadPromises(
            "lead-1", DAY, List.of("p-1"),
            List.of(new MilestonePromise("p-1", Milestone.REGISTERED, LocalDate.of(2025, 3, 1),
                                         LocalDate.of(2025, 2, 20), 0),
                    new MilestonePromise("p-1", Milestone.MOVED_IN, LocalDate.of(2026, 5, 1), null, 60)),
            new BigDecimal("2500"), new BigDecimal("2000"), new BigDecimal("1800"));

    @Test
    void promisesBecomeTheProjectsPromisedAgainstActualAndTheLightsMilestones() {
        List<MilestoneDue> milestones = List.of(
                new MilestoneDue("p-1", Milestone.REGISTERED, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 20), 0),
                new MilestoneDue("p-1", Milestone.MOVED_IN, LocalDate.of(2026, 5, 1), null, 60));
        assertThat(Promises.of(SIGNED)).isEqualTo(new ProjectPromise(new BigDecimal("2500"), new BigDecimal("2000"),
                                                                     new BigDecimal("1800"), milestones));
        assertThat(Promises.milestones(SIGNED)).isEqualTo(milestones);
        assertThat(LightJudge.judge(LightRules.DEFAULTS, new LightInputs(DAY, DAY.minusDays(10), null, List.of(),
                                                                         Promises.milestones(SIGNED))).reasons())
                .containsExactly(new LightReason(LightReason.Kind.MILESTONE_OVERDUE, Light.RED, 60, "MOVED_IN"));
    }

    @Test
    void beforeTheSignatureThereIsNoPromise() {
        assertThat(Promises.of(null)).isNull();
        assertThat(Promises.milestones(null)).isEmpty();
    }
}
