package org.zhaoshang.crm.notification.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The departments a robot may belong to, by code, with their names in the user's language. */
final class Departments {

    private final Map<String, Department> byCode = new LinkedHashMap<>();
    private final Locale locale;

    Departments(QueryGateway queries, Locale locale) {
        this.locale = locale;
        List<Department> all = queries.query(new FindDepartmentsQuery(true),
                                             ResponseTypes.multipleInstancesOf(Department.class)).join();
        if (all != null) {
            all.forEach(department -> byCode.put(department.code(), department));
        }
    }

    List<Department> active() {
        return byCode.values().stream().filter(department -> !department.retired()).toList();
    }

    Department find(String code) {
        return code == null ? null : byCode.get(code);
    }

    String name(String code) {
        Department department = find(code);
        return department == null ? code : name(department);
    }

    String name(Department department) {
        return locale.getLanguage().equals("zh") || department.nameEn() == null || department.nameEn().isBlank()
               ? department.nameZh() : department.nameEn();
    }
}
