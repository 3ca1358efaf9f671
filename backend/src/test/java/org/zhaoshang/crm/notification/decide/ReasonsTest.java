package org.zhaoshang.crm.notification.decide;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.notification.api.Notice;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reason is what caused the notice; one made of long ids still fits a notice and is the same every time. */
class ReasonsTest {

    @Test
    void aReasonJoinsItsCauseAndParts() {
        assertThat(Reasons.of("follow-up-due", "L-1", "fu-1", LocalDate.of(2026, 12, 9)))
                .isEqualTo("follow-up-due:L-1:fu-1:2026-12-09");
    }

    @Test
    void aReasonOfLongIdsIsTheirDigestUnderItsCause() {
        String longId = "x".repeat(200);
        String reason = Reasons.of("follow-up-overdue", longId, longId, LocalDate.of(2026, 12, 9));
        assertThat(reason).startsWith("follow-up-overdue:sha256:").hasSizeLessThanOrEqualTo(Notice.MAX_REASON_LENGTH)
                          .isEqualTo(Reasons.of("follow-up-overdue", longId, longId, LocalDate.of(2026, 12, 9)))
                          .isNotEqualTo(Reasons.of("follow-up-overdue", longId, longId, LocalDate.of(2026, 12, 10)));
    }
}
