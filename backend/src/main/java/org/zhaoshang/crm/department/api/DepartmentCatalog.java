package org.zhaoshang.crm.department.api;

import java.util.List;
import java.util.Optional;

/**
 * The department list as the other features ask it while they decide (a key project's or a problem's department must
 * be on the list and not retired).
 */
public interface DepartmentCatalog {

    Optional<Department> find(String code);

    /** Every department, retired ones too, by code. */
    List<Department> all();

    default boolean isActive(String code) {
        return find(code).filter(department -> !department.retired()).isPresent();
    }
}
