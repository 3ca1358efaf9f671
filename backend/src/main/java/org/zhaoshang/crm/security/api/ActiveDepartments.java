package org.zhaoshang.crm.security.api;

/**
 * Whether a department (责任单位) is on the list and not retired, so that administrators give users only such a
 * department. Answered by the departments, which depend on security: asked through this port, never directly.
 */
@FunctionalInterface
public interface ActiveDepartments {

    boolean isActive(String code);
}
