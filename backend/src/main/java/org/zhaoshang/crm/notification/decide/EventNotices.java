package org.zhaoshang.crm.notification.decide;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;

import java.time.Instant;

/**
 * Notices decided from events, in the processing group {@value NotificationProcessing#PROCESSING_GROUP}: an
 * instruction, progress to verify or returned, a report issued. An event older than the replay horizon is passed over.
 */
@Component
@ProcessingGroup(NotificationProcessing.PROCESSING_GROUP)
class EventNotices {

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
        if (!horizon.isPast(at)) {
            posting.post(instructions.decide(event, at));
        }
    }

    @EventHandler
    void on(ProgressRecordedEvent event, @Timestamp Instant at) {
        if (!horizon.isPast(at)) {
            posting.post(progress.toVerify(event, at));
        }
    }

    @EventHandler
    void on(ProgressReturnedEvent event, @Timestamp Instant at) {
        if (!horizon.isPast(at)) {
            posting.post(progress.returned(event, at));
        }
    }

    @EventHandler
    void on(ReportIssuedEvent event, @Timestamp Instant at) {
        if (!horizon.isPast(at)) {
            posting.post(reports.ready(event, at));
        }
    }
}
