package org.zhaoshang.crm.problem.web;

/** What was done on an open problem (办理中). */
public record ProblemNoteRequest(String note, Long expectedVersion) {
}
