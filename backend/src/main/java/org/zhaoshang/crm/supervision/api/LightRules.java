package org.zhaoshang.crm.supervision.api;

import org.zhaoshang.crm.shared.api.Violations;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of escalation and of the lights (domain.md defaults: yellow card from 1 day past due, red from 15; a
 * project is red with a red problem, a milestone more than 30 days overdue or 90 days without progress, yellow with an
 * overdue problem, an overdue milestone or 60 days without progress).
 *
 * @param yellowCardDays        days past its due day from which an open problem has a yellow card
 * @param redCardDays           days past its due day from which it has a red card
 * @param yellowMilestoneDays   days a promised milestone is overdue from which the project is yellow
 * @param redMilestoneDays      days overdue from which it is red (more than 30: 31)
 * @param yellowNoProgressDays  days without progress from which the project is yellow
 * @param redNoProgressDays     days without progress from which it is red
 * @param progress              what counts as progress
 */
public record LightRules(int yellowCardDays, int redCardDays, int yellowMilestoneDays, int redMilestoneDays,
                         int yellowNoProgressDays, int redNoProgressDays, Set<ProgressSignal> progress) {

    public static final LightRules DEFAULTS = new LightRules(1, 15, 1, 31, 60, 90, EnumSet.allOf(ProgressSignal.class));

    public LightRules {
        // in the order of the enum, so that the rules read and compare alike on every node
        progress = progress == null || progress.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(progress));
    }

    public Violations validate(Violations violations) {
        return violations.between("yellowCardDays", yellowCardDays, 1, 3650)
                         .between("redCardDays", redCardDays, 1, 3650)
                         .check(redCardDays >= yellowCardDays, "redCardDays", "order",
                                "a red card comes no earlier than a yellow one")
                         .between("yellowMilestoneDays", yellowMilestoneDays, 1, 3650)
                         .between("redMilestoneDays", redMilestoneDays, 1, 3650)
                         .check(redMilestoneDays >= yellowMilestoneDays, "redMilestoneDays", "order",
                                "red comes no earlier than yellow")
                         .between("yellowNoProgressDays", yellowNoProgressDays, 1, 3650)
                         .between("redNoProgressDays", redNoProgressDays, 1, 3650)
                         .check(redNoProgressDays >= yellowNoProgressDays, "redNoProgressDays", "order",
                                "red comes no earlier than yellow")
                         .check(!progress.isEmpty(), "progress", "required", "name at least one kind of progress");
    }

    /** The card of an open problem {@code daysOverdue} days past its due day. */
    public Escalation escalation(long daysOverdue) {
        return daysOverdue >= redCardDays ? Escalation.RED
                : daysOverdue >= yellowCardDays ? Escalation.YELLOW : Escalation.NONE;
    }
}
