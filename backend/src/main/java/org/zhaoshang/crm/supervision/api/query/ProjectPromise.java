package org.zhaoshang.crm.supervision.api.query;

import java.math.BigDecimal;
import java.util.List;

/** A signed key project's promises against what happened (verified), in 万元 of CNY. */
public record ProjectPromise(BigDecimal capitalCommittedWan, BigDecimal capitalDueWan, BigDecimal capitalVerifiedWan,
                             List<MilestoneDue> milestones) {
}
