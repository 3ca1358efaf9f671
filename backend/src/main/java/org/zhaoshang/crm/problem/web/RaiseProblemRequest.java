package org.zhaoshang.crm.problem.web;

import java.time.LocalDate;

/**
 * A problem that blocks the lead, handed to a department (交办).
 *
 * @param department the code of an active department of the list ({@code GET /api/departments})
 * @param dueOn      the day it must be solved by: today or later
 */
public record RaiseProblemRequest(String description, String department, LocalDate dueOn) {
}
