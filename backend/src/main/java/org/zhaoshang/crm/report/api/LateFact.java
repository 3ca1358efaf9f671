package org.zhaoshang.crm.report.api;

import org.zhaoshang.crm.supervision.api.ProgressSignal;

import java.time.LocalDate;

/**
 * A fact that happened in a report's period but was recorded after its end: the report as known then left it out.
 * Listed only when asked for ({@code withLate}).
 */
public record LateFact(LocalDate happenedOn, LocalDate recordedOn, String leadId, String company,
                       ProgressSignal signal, String summary) {
}
