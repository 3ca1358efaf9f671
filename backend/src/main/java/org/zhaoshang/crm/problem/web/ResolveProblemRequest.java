package org.zhaoshang.crm.problem.web;

/** How the department solved the problem (办结). */
public record ResolveProblemRequest(String resolution, Long expectedVersion) {
}
