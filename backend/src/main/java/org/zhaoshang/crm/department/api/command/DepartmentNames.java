package org.zhaoshang.crm.department.api.command;

import org.zhaoshang.crm.shared.api.Violations;

/** A department's names: both languages, each at most {@value Violations#MAX_NAME_LENGTH} characters. */
final class DepartmentNames {

    private DepartmentNames() {
    }

    static Violations check(Violations violations, String nameZh, String nameEn) {
        return violations.required("nameZh", nameZh).maxLength("nameZh", nameZh, Violations.MAX_NAME_LENGTH)
                         .required("nameEn", nameEn).maxLength("nameEn", nameEn, Violations.MAX_NAME_LENGTH);
    }
}
