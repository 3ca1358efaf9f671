package org.zhaoshang.crm.report.schedule;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * The reports' schedule ({@code zhaoshang.reports.*}): on unless {@code zhaoshang.reports.schedule.enabled=false};
 * the dispatch on {@code dispatch.day} at {@code dispatch.hour}, the circular on {@code circular.day-of-month} at
 * {@code circular.hour}; checked every {@code schedule.check-every}, the first time a minute after start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zhaoshang.reports.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class ReportScheduleConfiguration {

    private static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    private static final Duration SHORTEST_CHECK = Duration.ofSeconds(10);

    @Bean
    ReportSchedule reportSchedule(CommandGateway commands, Clock clock,
                                  @Value("${zhaoshang.reports.dispatch.day:MONDAY}") DayOfWeek dispatchDay,
                                  @Value("${zhaoshang.reports.dispatch.hour:8}") int dispatchHour,
                                  @Value("${zhaoshang.reports.circular.day-of-month:3}") int circularDay,
                                  @Value("${zhaoshang.reports.circular.hour:9}") int circularHour) {
        return new ReportSchedule(commands, clock, new ReportScheduleSettings(dispatchDay, dispatchHour, circularDay,
                                                                              circularHour));
    }

    /** Its own single thread: a slow report never delays another scheduled task, nor one of them this. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler reportScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("report-schedule-");
        scheduler.initialize();
        return scheduler;
    }

    @Bean
    ScheduledFuture<?> reportChecks(ReportSchedule schedule, ThreadPoolTaskScheduler reportScheduler,
                                    @Value("${zhaoshang.reports.schedule.check-every:PT5M}") Duration every) {
        if (every.compareTo(SHORTEST_CHECK) < 0) {
            throw new IllegalArgumentException("zhaoshang.reports.schedule.check-every must be at least 10 seconds");
        }
        // the scheduler's own (real) clock: a clock moved ahead for a demonstration must not delay the first check
        return reportScheduler.scheduleWithFixedDelay(schedule::issueDue,
                                                      reportScheduler.getClock().instant().plus(FIRST_CHECK), every);
    }
}
