package org.zhaoshang.crm.department.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An administrator added a department to the list, with its Chinese and English names. */
@Revision("1")
public record DepartmentDefinedEvent(String code, String nameZh, String nameEn, String by, LocalDate on)
        implements DepartmentEvent {
}
