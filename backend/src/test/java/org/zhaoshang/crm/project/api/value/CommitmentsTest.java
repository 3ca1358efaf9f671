package org.zhaoshang.crm.project.api.value;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The capital schedule never promises more than the total investment, whatever the caller says the total is in CNY. */
class CommitmentsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Commitments scheduled(PlannedInvestment total, String... tranches) {
        List<Tranche> schedule = java.util.Arrays.stream(tranches)
                                                 .map(amount -> new Tranche(DAY, new BigDecimal(amount))).toList();
        return new Commitments(ProjectKind.OFFICE, null, total, schedule, List.of(), null, null, null, null, null,
                               null);
    }

    private static void validate(Commitments commitments) {
        commitments.validate(new Violations(), "").throwIfAny();
    }

    @Test
    void tranchesBeyondATotalGivenWithoutItsCnyAreRefused() {
        // as the UI and the REST API send it: cnyWan is worked out, never read
        Commitments commitments = scheduled(new PlannedInvestment(new BigDecimal("5000"), "CNY", null, null),
                                            "2000", "9000");

        assertThatThrownBy(() -> validate(commitments)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> org.assertj.core.api.Assertions.assertThat(refused.violations())
                        .extracting(FieldViolation::rule).contains("beyond-total"));
    }

    @Test
    void aForeignTotalIsComparedInCnyAtItsRateWhateverCnyWasSent() {
        // 1,000 万 USD at 7.1 is 7,100 万元: 7,000 of tranches fit, though the request claims 1 万元
        assertThatCode(() -> validate(scheduled(new PlannedInvestment(new BigDecimal("1000"), "USD",
                                                                      new BigDecimal("7.1"), BigDecimal.ONE),
                                                "3000", "4000"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(scheduled(new PlannedInvestment(new BigDecimal("1000"), "USD",
                                                                          new BigDecimal("7.1"),
                                                                          new BigDecimal("99999")),
                                                    "3000", "5000"))).isInstanceOf(InvalidInputException.class);
    }
}
