package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.Escalation;

import java.time.LocalDate;

/**
 * Problems by status, department, escalation and lead (each null: any) at a day (null: today), as known now or then
 * (null: now), most overdue first. Leaders see those of their key projects. Answers {@link ProblemList}.
 */
public record FindProblemsQuery(ProblemStatus status, String department, Escalation level, String leadId,
                                LocalDate asOf, Knowledge knowledge) {

    public FindProblemsQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }

    /** As known now. */
    public FindProblemsQuery(ProblemStatus status, String department, Escalation level, String leadId,
                             LocalDate asOf) {
        this(status, department, level, leadId, asOf, null);
    }
}
