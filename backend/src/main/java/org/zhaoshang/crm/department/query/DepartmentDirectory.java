package org.zhaoshang.crm.department.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.department.api.DepartmentDefinedEvent;
import org.zhaoshang.crm.department.api.DepartmentIds;
import org.zhaoshang.crm.department.api.DepartmentRenamedEvent;
import org.zhaoshang.crm.department.api.DepartmentRetiredEvent;
import org.zhaoshang.crm.security.api.ActiveDepartments;

import java.util.List;
import java.util.Optional;

/**
 * One department from its own events (a few exact-key reads, never behind a change just acknowledged), for the
 * decisions of other features; the whole list from the read model.
 */
@Component
class DepartmentDirectory implements DepartmentCatalog, ActiveDepartments {

    private final EventStore events;
    private final DepartmentListProjection list;

    DepartmentDirectory(EventStore events, DepartmentListProjection list) {
        this.events = events;
        this.list = list;
    }

    @Override
    public Optional<Department> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Department[] found = {null};
        events.readEvents(DepartmentIds.of(code), 0).forEachRemaining(event -> {
            if (event.getPayload() instanceof DepartmentDefinedEvent defined) {
                found[0] = new Department(defined.code(), defined.nameZh(), defined.nameEn(), false);
            } else if (event.getPayload() instanceof DepartmentRenamedEvent renamed && found[0] != null) {
                found[0] = new Department(found[0].code(), renamed.nameZh(), renamed.nameEn(), found[0].retired());
            } else if (event.getPayload() instanceof DepartmentRetiredEvent && found[0] != null) {
                found[0] = new Department(found[0].code(), found[0].nameZh(), found[0].nameEn(), true);
            }
        });
        return Optional.ofNullable(found[0]);
    }

    @Override
    public List<Department> all() {
        return list.all();
    }

    @Override
    public boolean isActive(String code) {
        return DepartmentCatalog.super.isActive(code);
    }
}
