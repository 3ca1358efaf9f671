package org.zhaoshang.crm.department.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentDefinedEvent;
import org.zhaoshang.crm.department.api.DepartmentRenamedEvent;
import org.zhaoshang.crm.department.api.DepartmentRetiredEvent;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * The department list, one document per code. A district has tens of departments, so the list is read whole, by
 * code. Idempotent: every handler sets absolute values.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DepartmentListProjection {

    public static final String COLLECTION = "departments";

    private final MongoCollection<Document> departments;
    private final StoreAvailability store;
    private volatile List<Department> lastRead = List.of();

    public DepartmentListProjection(MongoDatabase database, StoreAvailability store) {
        this.departments = database.getCollection(COLLECTION);
        this.store = store;
    }

    @EventHandler
    void on(DepartmentDefinedEvent event) {
        departments.replaceOne(eq("_id", event.code()),
                               new Document("_id", event.code()).append("nameZh", event.nameZh())
                                                                .append("nameEn", event.nameEn())
                                                                .append("retired", false),
                               new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(DepartmentRenamedEvent event) {
        departments.updateOne(eq("_id", event.code()), Updates.combine(Updates.set("nameZh", event.nameZh()),
                                                                       Updates.set("nameEn", event.nameEn())));
    }

    @EventHandler
    void on(DepartmentRetiredEvent event) {
        departments.updateOne(eq("_id", event.code()), Updates.set("retired", true));
    }

    @ResetHandler
    void reset() {
        departments.drop();
    }

    /** Every signed-in role but the ambassadors reads the list: the bureau's departments' work is not theirs. */
    @QueryHandler
    List<Department> handle(FindDepartmentsQuery query, MetaData metaData) {
        Caller.from(metaData).require("The department list", Role.STAFF, Role.MANAGER, Role.ADMIN, Role.LEADER);
        return all().stream().filter(department -> query.includeRetired() || !department.retired()).toList();
    }

    /** Every department by code; while the store cannot be reached, as last read. */
    List<Department> all() {
        return store.readOr(() -> {
            lastRead = departments.find().sort(Sorts.ascending("_id"))
                                  .map(DepartmentListProjection::department).into(new ArrayList<>());
            return lastRead;
        }, () -> lastRead);
    }

    private static Department department(Document document) {
        return new Department(document.getString("_id"), document.getString("nameZh"), document.getString("nameEn"),
                              document.getBoolean("retired", false));
    }
}
