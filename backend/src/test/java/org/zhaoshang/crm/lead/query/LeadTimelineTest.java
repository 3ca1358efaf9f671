package org.zhaoshang.crm.lead.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.FieldChange;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeadTimelineTest {

    private final LeadTimeline timeline = new LeadTimeline();

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void tellsEachEventsChangesFromBeforeToAfter() {
        timeline.apply("LeadCreated", fields("leadId", "l", "company", fields("nameEn", "Thames Capital"),
                                             "market", "LONDON", "owner", "staff-li.na"));

        assertThat(timeline.apply("LeadReassigned", fields("leadId", "l", "from", "staff-li.na",
                                                           "to", "staff-wang.fang")))
                .containsExactly(new FieldChange("owner", "staff-li.na", "staff-wang.fang"));
        assertThat(timeline.apply("LeadCompanyUpdated", fields("company", fields("nameEn", "Thames Capital plc"))))
                .containsExactly(new FieldChange("company.nameEn", "Thames Capital", "Thames Capital plc"));
        assertThat(timeline.apply("LeadMovedToStage", fields("from", "LEAD", "to", "CONTACTED",
                                                             "occurredOn", "2026-03-02", "comment", "first call")))
                .containsExactly(new FieldChange("stage", "LEAD", "CONTACTED"));
        assertThat(timeline.apply("LeadPutOnHold", fields("stage", "CONTACTED", "reason", "budget")))
                .containsExactly(new FieldChange("status", "OPEN", "ON_HOLD"));
    }

    @Test
    void namesTheFieldsOfContactsActivitiesAndFollowUpsByMember() {
        timeline.apply("ContactAdded", fields("contactId", "c1",
                                              "contact", fields("familyName", "Tanaka", "phone", "1")));

        assertThat(timeline.apply("ContactChanged", fields("contactId", "c1",
                                                           "contact", fields("familyName", "Tanaka", "phone", "2"))))
                .containsExactly(new FieldChange("contacts.c1.contact.phone", "1", "2"));
        assertThat(timeline.apply("ContactRemoved", fields("contactId", "c1")))
                .containsExactlyInAnyOrder(new FieldChange("contacts.c1.contact.familyName", "Tanaka", null),
                                           new FieldChange("contacts.c1.contact.phone", "2", null));
        timeline.apply("ActivityLogged", fields("activityId", "a1", "summary", "call"));
        assertThat(timeline.apply("ActivityRetracted", fields("activityId", "a1", "reason", "wrong lead")))
                .containsExactly(new FieldChange("activities.a1.retracted", null, true));
    }

    /** A correction that leaves the visibility as it was (null) changes nothing of it. */
    @Test
    void aCorrectionTellsAChangedVisibilityOnly() {
        timeline.apply("ActivityLogged", fields("activityId", "a1", "summary", "call", "internal", false));

        assertThat(timeline.apply("ActivityCorrected", fields("activityId", "a1", "summary", "call!",
                                                              "internal", null)))
                .containsExactly(new FieldChange("activities.a1.summary", "call", "call!"));
        assertThat(timeline.apply("ActivityCorrected", fields("activityId", "a1", "summary", "call!",
                                                              "internal", true)))
                .containsExactly(new FieldChange("activities.a1.internal", false, true));
    }
}
