package org.zhaoshang.crm.problem.web;

import java.time.LocalDate;

/** A formal talk (约谈) held about a problem: the day (today or before), with whom, what was agreed. */
public record TalkRequest(LocalDate heldOn, String participants, String summary, Long expectedVersion) {
}
