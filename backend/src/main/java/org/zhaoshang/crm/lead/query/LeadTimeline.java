package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.FieldChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Follows a lead's fields through its events, oldest first, and tells for each event which fields it changed, from
 * what to what. Fields of contacts, activities and follow-ups are named by the member, e.g.
 * {@code contacts.c-1.phone}. Remarks that belong to the event (a comment, a reason) are not fields.
 */
final class LeadTimeline {

    private static final Set<String> REMARKS = Set.of("comment", "reason", "detail", "outcome", "leadId", "from");
    private static final Map<String, String> MEMBER_IDS = Map.of("contactId", "contacts", "activityId", "activities",
                                                                 "followUpId", "followUps");

    private final Map<String, Object> fields = new HashMap<>();

    /** The changes of one event, given as its name and its fields (nested records as maps). */
    List<FieldChange> apply(String type, Map<String, Object> data) {
        Map<String, Object> after = new LinkedHashMap<>();
        String prefix = memberPrefix(data);
        flatten(prefix, data, after);
        switch (type) {
            case "LeadCreated" -> {
                after.put("stage", "LEAD");
                after.put("status", "OPEN");
            }
            case "LeadMovedToStage" -> {
                after.put("stage", after.remove("to"));
                after.remove("occurredOn");
            }
            case "LeadPutOnHold" -> {
                after.put("status", "ON_HOLD");
                after.remove("stage");
            }
            case "LeadLost" -> {
                after.put("status", "LOST");
                after.remove("stage");
                after.remove("occurredOn");
            }
            case "LeadReopened" -> after.put("status", "OPEN");
            case "LeadReassigned" -> after.put("owner", after.remove("to"));
            case "ActivityCorrected" -> {
                if (after.get(prefix + "internal") == null) {
                    after.remove(prefix + "internal"); // left as it was
                }
            }
            case "ActivityRetracted" -> after.put(prefix + "retracted", true);
            case "FollowUpCompleted" -> after.put(prefix + "done", true);
            case "ContactRemoved" -> fields.keySet().stream().filter(field -> field.startsWith(prefix))
                                           .forEach(field -> after.put(field, null));
            default -> {
            }
        }
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object before = fields.get(field);
            if (!Objects.equals(before, value)) {
                changes.add(new FieldChange(field, before, value));
            }
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        return changes;
    }

    private static String memberPrefix(Map<String, Object> data) {
        return MEMBER_IDS.entrySet().stream().filter(id -> data.get(id.getKey()) != null)
                         .map(id -> id.getValue() + "." + data.get(id.getKey()) + ".")
                         .findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> data, Map<String, Object> into) {
        data.forEach((name, value) -> {
            if (REMARKS.contains(name) || MEMBER_IDS.containsKey(name)) {
                return;
            }
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + name + ".", (Map<String, Object>) nested, into);
            } else {
                into.put(prefix + name, value);
            }
        });
    }
}
