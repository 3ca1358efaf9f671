package org.zhaoshang.crm.department.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An administrator corrected a department's names; its code stays. */
@Revision("1")
public record DepartmentRenamedEvent(String code, String nameZh, String nameEn, String by, LocalDate on)
        implements DepartmentEvent {
}
