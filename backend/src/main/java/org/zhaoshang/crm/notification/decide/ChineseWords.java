package org.zhaoshang.crm.notification.decide;

import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.supervision.api.query.LightReason;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of a notice that are the bureau's words rather than a template's: a progress fact and a light's reasons,
 * in Chinese as the bureau writes them (the notices' templates place them in either language).
 */
final class ChineseWords {

    private static final Map<Milestone, String> MILESTONES = Map.of(
            Milestone.REGISTERED, "注册", Milestone.MOVED_IN, "入驻", Milestone.LAND_SUPPLIED, "供地",
            Milestone.CONSTRUCTION_STARTED, "开工", Milestone.COMPLETED, "竣工", Milestone.OPERATING, "开业运营",
            Milestone.FULL_PRODUCTION, "达产");

    private ChineseWords() {
    }

    static String fact(ProgressFact fact) {
        if (fact == null || fact.kind() == null) {
            return "";
        }
        return switch (fact.kind()) {
            case CAPITAL_ARRIVED -> "到资 " + wan(fact.amountWan()) + " 万元（" + fact.day() + "）";
            case MILESTONE -> MILESTONES.getOrDefault(fact.milestone(), String.valueOf(fact.milestone()))
                              + "（" + fact.day() + "）";
            case TAX_PAID -> fact.year() + " 年纳税 " + wan(fact.amountWan()) + " 万元";
            case JOBS -> "用工 " + fact.count() + " 人（" + fact.day() + "）";
            case AGREEMENT -> "签约（" + fact.day() + "）";
        };
    }

    /** The reasons of a red light, most serious first as the light gives them, joined by "；". */
    static String reasons(List<LightReason> reasons) {
        return reasons.stream().map(ChineseWords::reason).collect(Collectors.joining("；"));
    }

    private static String reason(LightReason reason) {
        return switch (reason.kind()) {
            case RED_PROBLEM -> "问题红牌督办（逾期 " + reason.days() + " 天）";
            case OVERDUE_PROBLEM -> "问题逾期 " + reason.days() + " 天";
            case MILESTONE_OVERDUE -> milestone(reason.subject()) + "节点逾期 " + reason.days() + " 天";
            case NO_PROGRESS -> reason.days() + " 天无进展";
        };
    }

    private static String milestone(String subject) {
        try {
            return MILESTONES.getOrDefault(Milestone.valueOf(subject), subject);
        } catch (IllegalArgumentException | NullPointerException notAMilestone) {
            return subject == null ? "" : subject;
        }
    }

    private static String wan(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
