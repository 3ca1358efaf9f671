package org.zhaoshang.crm.project.command;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A verified fact that is not a milestone (capital, tax, jobs) moves no lead: the reactions pass over it. It stopped
 * the whole processor before (a NullPointerException on each retry), and with it every later project and milestone.
 */
class ProjectReactionsTest {

    @Test
    void verifiedCapitalIsPassedOver() {
        ProjectReactions reactions = new ProjectReactions(null, null);
        LocalDate day = LocalDate.of(2026, 3, 2);
        ProgressVerifiedEvent capital = new ProgressVerifiedEvent(
                "project-1", "lead-1", "capital-1",
                new ProgressFact(ProgressKind.CAPITAL_ARRIVED, day, BigDecimal.TEN, null, null, null, List.of()),
                "staff", "manager", day, null);

        assertThatCode(() -> reactions.on(capital, MetaData.emptyInstance())).doesNotThrowAnyException();
    }
}
