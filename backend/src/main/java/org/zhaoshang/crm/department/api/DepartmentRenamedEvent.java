package org.zhaoshang.crm.department.api;

import java.time.LocalDate;

/** An administrator corrected a department's names; its code stays. */
public record DepartmentRenamedEvent(String code, String nameZh, String nameEn, String by, LocalDate on)
        implements DepartmentEvent {
}
