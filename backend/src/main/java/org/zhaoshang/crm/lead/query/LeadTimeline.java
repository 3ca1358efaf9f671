package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.value.FieldChange;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;

import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Follows a lead's fields through its events, oldest first, and tells for each event which fields it changed, from
 * what to what. Fields of contacts, activities and follow-ups are named by the member, e.g.
 * {@code contacts.c-1.contact.phone}. Remarks that belong to the event (a comment, a reason) are not fields. Values
 * keep their types (a day, a code, an amount, a list), so whoever shows them writes them in the reader's way; a planned
 * investment is one value (its amount, currency, rate and 万元 belong together) and the team one list.
 */
final class LeadTimeline {

    private static final String GATE_DATA = "dataToComplete.";
    private static final Set<String> REMARKS = Set.of("comment", "reason", "detail", "outcome", "leadId", "from");
    private static final Map<String, String> MEMBER_IDS = Map.of("contactId", "contacts", "activityId", "activities",
                                                                 "followUpId", "followUps");

    private final Map<String, Object> fields = new LinkedHashMap<>(); // a removed member's fields in their order

    /** The changes of one event, given with its fields as recorded (nested records as maps). */
    List<FieldChange> apply(Object event, Map<String, Object> data) {
        Map<String, Object> after = new LinkedHashMap<>();
        String prefix = memberPrefix(data);
        flatten(prefix, (Record) event, after);
        if (event instanceof LeadEvent leadEvent) {
            leadEvent.accept(new Description(prefix, after));
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

    /**
     * What an event means beyond its own fields: the status or stage it sets, fields it names differently, fields
     * that only date it, or members it ends. Changes {@code after}, the event's fields as flattened.
     */
    final class Description implements LeadEventVisitor {

        private final String prefix;
        private final Map<String, Object> after;

        Description(String prefix, Map<String, Object> after) {
            this.prefix = prefix;
            this.after = after;
        }

        @Override
        public void on(LeadCreatedEvent event) {
            after.put("stage", Stage.LEAD);
            after.put("status", LeadStatus.OPEN);
        }

        @Override
        public void on(LeadMovedToStageEvent event) {
            after.put("stage", after.remove("to"));
            after.remove("occurredOn");
        }

        @Override
        public void on(LeadPutOnHoldEvent event) {
            after.put("status", LeadStatus.ON_HOLD);
            after.remove("stage");
        }

        @Override
        public void on(LeadLostEvent event) {
            after.put("status", LeadStatus.LOST);
            after.remove("stage");
            after.remove("occurredOn");
        }

        @Override
        public void on(LeadReopenedEvent event) {
            after.put("status", LeadStatus.OPEN);
        }

        /** The gate's data owed, as one field per gate ({@code dataToComplete.SIGNED}: the fields it lacks). */
        @Override
        public void on(LeadGateDataMissingEvent event) {
            after.clear();
            after.put(GATE_DATA + event.stage().name(), event.fields());
        }

        /** What the gate still lacks after the data came, none when it is complete. */
        @Override
        public void on(LeadGateDataCompletedEvent event) {
            after.clear();
            Object owed = fields.get(GATE_DATA + event.stage().name());
            List<?> left = owed instanceof List<?> list
                    ? list.stream().filter(field -> !event.fields().contains(field)).toList() : List.of();
            after.put(GATE_DATA + event.stage().name(), left.isEmpty() ? null : left);
        }

        @Override
        public void on(LeadReassignedEvent event) {
            after.put("owner", after.remove("to"));
        }

        @Override
        public void on(ActivityCorrectedEvent event) {
            if (after.get(prefix + "internal") == null) {
                after.remove(prefix + "internal"); // left as it was
            }
        }

        @Override
        public void on(ActivityRetractedEvent event) {
            after.put(prefix + "retracted", true);
        }

        @Override
        public void on(FollowUpCompletedEvent event) {
            after.put(prefix + "done", true);
        }

        @Override
        public void on(ContactRemovedEvent event) {
            fields.keySet().stream().filter(field -> field.startsWith(prefix))
                  .forEach(field -> after.put(field, null));
        }

        @Override
        public void on(LeadTeamMemberAddedEvent event) {
            List<String> team = new ArrayList<>(team());
            if (!team.contains(event.member())) {
                team.add(event.member());
            }
            after.remove("member");
            after.put("team", List.copyOf(team));
        }

        @Override
        public void on(LeadTeamMemberRemovedEvent event) {
            List<String> team = new ArrayList<>(team());
            team.remove(event.member());
            after.remove("member");
            after.put("team", team.isEmpty() ? null : List.copyOf(team));
        }

        /** A sheet's row kept with the lead changes none of its fields: its remarks and columns are its data. */
        @Override
        public void on(LeadImportRecordedEvent event) {
            after.clear();
        }

        @SuppressWarnings("unchecked")
        private List<String> team() {
            return (List<String>) fields.getOrDefault("team", List.of());
        }

        /* The events below change just their own fields. */

        @Override
        public void on(LeadSourceChangedEvent event) {
        }

        @Override
        public void on(LeadCompanyUpdatedEvent event) {
        }

        @Override
        public void on(LeadNumbersUpdatedEvent event) {
        }

        @Override
        public void on(LeadAssessmentUpdatedEvent event) {
        }

        @Override
        public void on(AgreementSignedEvent event) {
        }

        @Override
        public void on(CompanyRegisteredEvent event) {
        }

        @Override
        public void on(ContactAddedEvent event) {
        }

        @Override
        public void on(ContactChangedEvent event) {
        }

        @Override
        public void on(ActivityLoggedEvent event) {
        }

        @Override
        public void on(FollowUpScheduledEvent event) {
        }

        @Override
        public void on(FollowUpRescheduledEvent event) {
        }
    }

    private static String memberPrefix(Map<String, Object> data) {
        return MEMBER_IDS.entrySet().stream().filter(id -> data.get(id.getKey()) != null)
                         .map(id -> id.getValue() + "." + data.get(id.getKey()) + ".")
                         .findFirst().orElse("");
    }

    /** The event's fields by name, nested records' fields by their path; a planned investment stays whole. */
    private static void flatten(String prefix, Record record, Map<String, Object> into) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            if (REMARKS.contains(name) || MEMBER_IDS.containsKey(name)) {
                continue;
            }
            Object value = valueOf(component, record);
            if (value instanceof Record nested && !(value instanceof PlannedInvestment)) {
                flatten(prefix + name + ".", nested, into);
            } else {
                into.put(prefix + name, value);
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
