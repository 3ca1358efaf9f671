package org.zhaoshang.crm.report.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.report.api.IssueReportCommand;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.report.issued.ReportKeeping;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A report issued (its id {@code report:dispatch:2026-W49}): by a manager or by the application's schedule, of a
 * finished period, once. What it says is kept before it is told, so that every later download says the same; a second
 * command for it (another node's schedule, a retry, a manager again) changes nothing.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class IssuedReport {

    @AggregateIdentifier
    private String reportId;

    protected IssuedReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueReportCommand command, MetaData metaData, ReportKeeping keeping, Clock clock) {
        Caller caller = Caller.from(metaData);
        caller.require("Issuing a report", Role.MANAGER);
        if (reportId != null) {
            return;
        }
        ReportPeriod period = ReportPeriod.parse(command.kind(), command.period(), "period")
                                          .requireEnded(BureauTime.today(clock), "period");
        Instant madeAt = clock.instant();
        keeping.keep(period, madeAt, caller.id());
        apply(new ReportIssuedEvent(period.reportId(), period.kind(), period.written(), madeAt, caller.id()));
    }

    @EventSourcingHandler
    void on(ReportIssuedEvent event) {
        reportId = event.reportId();
    }
}
