package org.zhaoshang.crm.problem.web;

/** A manager accepts the resolution (销号), with an optional note. */
public record CloseProblemRequest(String note, Long expectedVersion) {
}
