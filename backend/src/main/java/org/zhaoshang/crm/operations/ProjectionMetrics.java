package org.zhaoshang.crm.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;

import java.util.function.ToDoubleFunction;

/**
 * Gauges per event processor: {@code zhaoshang.projection.lag} (events behind the log) and
 * {@code zhaoshang.projection.rebuild.progress} (0 to 1 while a rebuild runs, 1 otherwise).
 */
@Component
class ProjectionMetrics {

    private final ProjectionRebuilds projections;
    private final MeterRegistry registry;

    ProjectionMetrics(ProjectionRebuilds projections, MeterRegistry registry) {
        this.projections = projections;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (ProjectionStatus status : projections.statuses().projections()) {
            gauge("zhaoshang.projection.lag", "events the processor is behind the log", status.projection(),
                  ProjectionHealth::lag);
            gauge("zhaoshang.projection.rebuild.progress", "share of the log a rebuild has handled",
                  status.projection(), now -> !now.rebuilding() || now.head() <= 0 ? 1.0
                          : Math.max(0, now.position() + 1) / (double) (now.head() + 1));
        }
    }

    private void gauge(String name, String description, String processor,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(name, projections, rebuilds -> rebuilds.statuses().projections().stream()
                                                           .filter(now -> now.projection().equals(processor))
                                                           .mapToDouble(value).findFirst().orElse(Double.NaN))
             .description(description).tag("processor", processor).register(registry);
    }
}
