package org.zhaoshang.crm.department.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.department.api.DepartmentIds;

/** Takes a department off the list (administrators): nothing new is handed to it. */
public record RetireDepartmentCommand(String code, @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String departmentId() {
        return DepartmentIds.of(code);
    }
}
