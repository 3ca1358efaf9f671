package org.zhaoshang.crm.department.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.department.api.DepartmentIds;
import org.zhaoshang.crm.shared.api.Violations;

/** Adds a department to the list (administrators); its code is how everything else names it, for good. */
public record DefineDepartmentCommand(String code, String nameZh, String nameEn) {

    @TargetAggregateIdentifier
    public String departmentId() {
        return DepartmentIds.of(code);
    }

    public Violations validate(Violations violations) {
        return DepartmentNames.check(violations.identifier("code", code), nameZh, nameEn);
    }
}
