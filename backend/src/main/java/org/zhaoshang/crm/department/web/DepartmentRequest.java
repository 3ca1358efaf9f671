package org.zhaoshang.crm.department.web;

/** A department's code (when it is added) and names; the version a correction expects. */
public record DepartmentRequest(String code, String nameZh, String nameEn, Long expectedVersion) {
}
