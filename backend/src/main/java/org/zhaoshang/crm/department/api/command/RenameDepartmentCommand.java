package org.zhaoshang.crm.department.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.department.api.DepartmentIds;
import org.zhaoshang.crm.shared.api.Violations;

/** Corrects a department's names in both languages (administrators); the code stays. */
public record RenameDepartmentCommand(String code, String nameZh, String nameEn,
                                      @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String departmentId() {
        return DepartmentIds.of(code);
    }

    public Violations validate(Violations violations) {
        return DepartmentNames.check(violations, nameZh, nameEn);
    }
}
