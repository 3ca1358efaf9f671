package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.supervision.api.Light;

import java.time.LocalDate;
import java.util.List;

/**
 * One key project at a day.
 *
 * @param owner               the lead's owner (login name)
 * @param leader              the responsible leader (login name)
 * @param department          the responsible department's code
 * @param lastProgressOn      the last progress by the rules in force, or null when none yet
 * @param daysWithoutProgress days since it (or since the designation, when there was none)
 * @param promise             promised against actual of its signed projects, or null before the signature
 */
public record KeyProjectRow(int year, String leadId, String company, SourceMarket market, Stage stage, String owner,
                            String leader, String department, String goal, Light light, List<LightReason> reasons,
                            LocalDate lastProgressOn, long daysWithoutProgress, int openProblems,
                            int overdueProblems, int redProblems, ProjectPromise promise, LocalDate designatedOn) {
}
