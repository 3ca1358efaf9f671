package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The people and departments of the report samples, as the directories would name them. */
final class TestNames {

    private static final Map<String, String> PEOPLE = Map.of("leader", "赵立新", "leader-sun.hai", "孙海", "staff", "张伟",
                                                             "staff-li.na", "李娜");
    private static final List<Department> DEPARTMENTS = List.of(
            new Department("dept-fgj", "区发改局", "District Development and Reform Bureau", false),
            new Department("dept-swj", "区商务局", "District Commerce Bureau", false),
            new Department("dept-zrzyj", "区自然资源局", "District Natural Resources Bureau", false));

    private TestNames() {
    }

    static ReportDocuments documents() {
        PeopleDirectory people = new PeopleDirectory() {
            @Override
            public String nameOf(String username) {
                return PEOPLE.getOrDefault(username, username);
            }

            @Override
            public List<Person> withAnyRole(Set<Role> roles) {
                return List.of();
            }
        };
        DepartmentCatalog departments = new DepartmentCatalog() {
            @Override
            public Optional<Department> find(String code) {
                return DEPARTMENTS.stream().filter(department -> department.code().equals(code)).findFirst();
            }

            @Override
            public List<Department> all() {
                return DEPARTMENTS;
            }
        };
        return new ReportDocuments(people, departments);
    }
}
