package org.zhaoshang.crm.report.schedule;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhaoshang.crm.report.api.IssueReportCommand;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Issues the reports that are due, as the application (the check runs on no user's thread). Issuing a report issued
 * already changes nothing, so every check may try them all; a failure (the store away) is tried at the next check.
 */
public class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final CommandGateway commands;
    private final Clock clock;
    private final ReportScheduleSettings settings;

    public ReportSchedule(CommandGateway commands, Clock clock, ReportScheduleSettings settings) {
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /** Issues what is due now; answers the periods it tried. */
    public List<ReportPeriod> issueDue() {
        List<ReportPeriod> due = DueReports.at(LocalDateTime.now(clock.withZone(BureauTime.ZONE)), settings);
        for (ReportPeriod period : due) {
            try {
                commands.sendAndWait(new IssueReportCommand(period.kind(), period.written()));
            } catch (RuntimeException failed) {
                log.warn("Report {} not issued yet, tried again at the next check: {}", period.reportId(),
                         failed.toString());
            }
        }
        return due;
    }
}
