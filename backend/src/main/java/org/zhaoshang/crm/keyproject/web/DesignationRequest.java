package org.zhaoshang.crm.keyproject.web;

/** A key project's responsible leader (login name), department (code) and goal; the version a change expects. */
public record DesignationRequest(String leader, String department, String goal, Long expectedVersion) {
}
