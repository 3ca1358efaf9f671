package org.zhaoshang.crm.importing.run;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;

/**
 * Column mappings saved by name ("王处长的台账"), so that the next sheet of the same desk is read the same way. Plain
 * reference data, not facts about leads: a name's mapping is replaced when saved again.
 */
@Component
public class SavedMappings {

    public static final int MAX_HEADER_LENGTH = 500;
    private static final String FIELDS = Arrays.stream(ImportField.values()).map(Enum::name)
                                               .collect(Collectors.joining(", "));

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
        check(mapping);
        // a list of pairs, not a document keyed by header: a header such as "$where" or "No." is data, never a key
        List<Document> columns = new ArrayList<>();
        mapping.forEach((header, field) -> columns.add(new Document("column", header).append("field", field.name())));
        mappings.replaceOne(eq("_id", name.strip()), new Document("_id", name.strip()).append("columns", columns)
                                                                                     .append("savedBy", savedBy)
                                                                                     .append("savedAt", Instant.now()),
                            new ReplaceOptions().upsert(true));
    }

    /**
     * A mapping names at most as many columns as a sheet has, each by a header of at most
     * {@link #MAX_HEADER_LENGTH} characters without control characters, each with its field.
     */
    public static void check(Map<String, ImportField> mapping) {
        Violations violations = new Violations().check(mapping.size() <= SheetReader.MAX_COLUMNS, "mapping",
                "too-many", "at most " + SheetReader.MAX_COLUMNS + " columns, as a sheet has");
        if (mapping.size() <= SheetReader.MAX_COLUMNS) {
            mapping.forEach((header, field) -> violations
                    .check(header != null && !header.isBlank(), "mapping", "required", "a column has no header")
                    .check(header == null || header.length() <= MAX_HEADER_LENGTH, "mapping", "max-length",
                           "a header has at most " + MAX_HEADER_LENGTH + " characters")
                    .check(header == null || header.chars().noneMatch(Character::isISOControl), "mapping",
                           "control-character", "a header has no control characters")
                    .check(field != null, header == null || header.length() > MAX_HEADER_LENGTH ? "mapping" : header,
                           "required", "give the field of this column: one of " + FIELDS));
        }
        violations.throwIfAny();
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

    /** The columns as saved: a list of {column, field}, or (saved before) a document of header to field. */
    private static Map<String, ImportField> columns(Document saved) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        Object stored = saved.get("columns");
        if (stored instanceof List<?> pairs) {
            pairs.forEach(pair -> columns.put(((Document) pair).getString("column"),
                                              ImportField.valueOf(((Document) pair).getString("field"))));
        } else if (stored instanceof Document byHeader) {
            byHeader.forEach((header, field) -> columns.put(header, ImportField.valueOf((String) field)));
        }
        return columns;
    }
}
