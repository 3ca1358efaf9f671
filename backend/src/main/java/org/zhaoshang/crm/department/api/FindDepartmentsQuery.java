package org.zhaoshang.crm.department.api;

/** The department list, retired ones included (marked), by code; every signed-in role may ask. Answers a list of {@link Department}.*/
public record FindDepartmentsQuery(boolean includeRetired) {
}
