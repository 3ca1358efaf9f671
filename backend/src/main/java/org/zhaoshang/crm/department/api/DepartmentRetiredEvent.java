package org.zhaoshang.crm.department.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A department leaves the list: nothing new is handed to it; what it holds keeps its name. */
@Revision("1")
public record DepartmentRetiredEvent(String code, String by, LocalDate on) implements DepartmentEvent {
}
