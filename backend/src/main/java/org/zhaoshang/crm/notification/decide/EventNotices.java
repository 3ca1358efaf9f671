package org.zhaoshang.crm.notification.decide;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Notices decided from events, in the processing group {@value NotificationProcessing#PROCESSING_GROUP}: an
 * instruction, progress to verify or returned, a report issued. An event older than the replay horizon is passed over.
 * A failure to reach the store fails the event, which the processor retries; an event that can never make a notice
 * (a malformed id or period) is logged and passed over: retrying would hold up every notice after it.
 */
@Component
@ProcessingGroup(NotificationProcessing.PROCESSING_GROUP)
class EventNotices {

    private static final Logger log = LoggerFactory.getLogger(EventNotices.class);

    private final ReplayHorizon horizon;
    private final NoticePosting posting;
    private final InstructionNotices instructions;
    private final ProgressNotices progress;
    private final ReportNotices reports;

    EventNotices(ReplayHorizon horizon, NoticePosting posting, InstructionNotices instructions,
                 ProgressNotices progress, ReportNotices reports) {
        this.horizon = horizon;
        this.posting = posting;
        this.instructions = instructions;
        this.progress = progress;
        this.reports = reports;
    }

    @EventHandler
    void on(InstructionWrittenEvent event, @Timestamp Instant at) {
        decide(at, () -> instructions.decide(event, at));
    }

    @EventHandler
    void on(ProgressRecordedEvent event, @Timestamp Instant at) {
        decide(at, () -> progress.toVerify(event, at));
    }

    @EventHandler
    void on(ProgressReturnedEvent event, @Timestamp Instant at) {
        decide(at, () -> progress.returned(event, at));
    }

    @EventHandler
    void on(ReportIssuedEvent event, @Timestamp Instant at) {
        decide(at, () -> reports.ready(event, at));
    }

    private void decide(Instant at, Supplier<Notice> notice) {
        if (horizon.isPast(at)) {
            return;
        }
        try {
            posting.post(notice.get());
        } catch (IllegalArgumentException | InvalidInputException undecidable) {
            log.warn("An event made no notice and is passed over: {}", undecidable.getMessage());
        }
    }
}
