package org.zhaoshang.crm.importing.run;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * Column mappings saved by name ("王处长的台账"), so that the next sheet of the same desk is read the same way. Plain
 * reference data, not facts about leads: a name's mapping is replaced when saved again.
 */
@Component
public class SavedMappings {

    private final MongoCollection<Document> mappings;

    public SavedMappings(MongoDatabase database) {
        this.mappings = database.getCollection("import_mappings");
    }

    public void save(String name, Map<String, ImportField> mapping, String savedBy) {
        new Violations().required("name", name == null || name.isBlank() ? null : name)
                        .maxLength("name", name, Violations.MAX_NAME_LENGTH)
                        .check(mapping != null && !mapping.isEmpty(), "mapping", "required",
                               "give the header of at least one column and its field")
                        .throwIfAny();
        Document columns = new Document();
        mapping.forEach((header, field) -> columns.append(header, field.name()));
        mappings.replaceOne(eq("_id", name.strip()), new Document("_id", name.strip()).append("columns", columns)
                                                                                     .append("savedBy", savedBy)
                                                                                     .append("savedAt", Instant.now()),
                            new ReplaceOptions().upsert(true));
    }

    public Optional<Map<String, ImportField>> find(String name) {
        Document saved = name == null ? null : mappings.find(eq("_id", name.strip())).first();
        return Optional.ofNullable(saved).map(SavedMappings::columns);
    }

    /** Every saved mapping by name. */
    public Map<String, Map<String, ImportField>> all() {
        Map<String, Map<String, ImportField>> all = new TreeMap<>();
        mappings.find().forEach(saved -> all.put(saved.getString("_id"), columns(saved)));
        return all;
    }

    public List<String> names() {
        return List.copyOf(all().keySet());
    }

    private static Map<String, ImportField> columns(Document saved) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        saved.get("columns", Document.class).forEach((header, field) -> columns.put(header,
                                                                                    ImportField.valueOf((String) field)));
        return columns;
    }
}
