package org.zhaoshang.crm.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each event processor: running or not, events it is behind the log, rebuilding, and its error if a segment is in
 * error. DOWN when one is stopped or in error: the read models no longer follow the commands. Health
 * {@code projections}.
 */
@Component("projectionsHealthIndicator")
class ProjectionHealth implements HealthIndicator {

    private final ProjectionRebuilds projections;

    ProjectionHealth(ProjectionRebuilds projections) {
        this.projections = projections;
    }

    @Override
    public Health health() {
        List<ProjectionStatus> statuses;
        try {
            statuses = projections.statuses().projections();
        } catch (RuntimeException unreadable) {
            return Health.down().withDetail("error", "the event log cannot be read: " + unreadable.getMessage())
                         .build();
        }
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProjectionStatus status : statuses) {
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("running", status.running());
            processor.put("lagEvents", lag(status));
            processor.put("rebuilding", status.rebuilding());
            processor.put("segmentsHeld", status.segmentsHeld());
            processor.put("segments", status.segments());
            if (status.error() != null) {
                processor.put("error", status.error());
            }
            healthy &= status.running() && status.error() == null;
            details.put(status.projection(), processor);
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }

    /** Events in the log the processor has not handled yet in the segments this node holds. */
    static long lag(ProjectionStatus status) {
        return Math.max(0, status.head() - status.position());
    }
}
