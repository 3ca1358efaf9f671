package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;

/** The names a report shows: people by display name, departments by their Chinese name, ambassadors by name. */
@Component
class ReportNames {

    private final PeopleDirectory people;
    private final DepartmentCatalog departments;
    private final AmbassadorDirectory ambassadors;

    ReportNames(PeopleDirectory people, DepartmentCatalog departments, AmbassadorDirectory ambassadors) {
        this.people = people;
        this.departments = departments;
        this.ambassadors = ambassadors;
    }

    String person(String username) {
        return username == null ? null : people.nameOf(username);
    }

    /** The department's Chinese name, the code when it is unknown. */
    String department(String code) {
        return code == null ? null : departments.find(code).map(Department::nameZh).orElse(code);
    }

    String ambassador(String ambassadorId) {
        return ambassadorId == null ? null : ambassadors.nameOf(ambassadorId);
    }
}
