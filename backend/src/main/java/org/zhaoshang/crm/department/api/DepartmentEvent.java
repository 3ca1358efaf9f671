package org.zhaoshang.crm.department.api;

/** An event of one department of the list; names are permanent. */
public sealed interface DepartmentEvent permits DepartmentDefinedEvent, DepartmentRenamedEvent, DepartmentRetiredEvent {

    String code();
}
