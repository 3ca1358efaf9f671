package org.zhaoshang.crm.lead.query;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import org.zhaoshang.crm.conversion.query.ConversionProjection;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lead event record on the class path (a public record named …Event in the lead's package or with a
 * {@code leadId}, so a new one is covered at once) is a {@link LeadEvent}, and so folded into the lead's detail and
 * described in its timeline (both are {@link LeadEventVisitor}s, which have a method for each lead event or do not
 * compile). The read models that pick events one by one handle each, or name it here as not theirs.
 */
class LeadEventCoverageTest {

    private static final String APPLICATION_PACKAGE = "org.zhaoshang.crm";
    private static final String LEAD_EVENTS_PACKAGE = LeadEvent.class.getPackageName();

    /** What conversion history is not sliced by: the lead's contacts, activities, follow-ups, team and paperwork. */
    private static final Set<Class<? extends LeadEvent>> NOT_FOR_CONVERSION = Set.of(
            LeadTeamMemberAddedEvent.class, LeadTeamMemberRemovedEvent.class, LeadAssessmentUpdatedEvent.class,
            AgreementSignedEvent.class, CompanyRegisteredEvent.class, ContactAddedEvent.class,
            ContactChangedEvent.class, ContactRemovedEvent.class, ActivityLoggedEvent.class,
            ActivityCorrectedEvent.class, ActivityRetractedEvent.class, FollowUpScheduledEvent.class,
            FollowUpRescheduledEvent.class, FollowUpCompletedEvent.class);

    @Test
    void everyLeadEventRecordIsALeadEvent() {
        List<Class<?>> leadEvents = eventRecords().stream().filter(LeadEventCoverageTest::ofALead).toList();

        assertThat(leadEvents).as("the lead events found on the class path").contains(LeadCreatedEvent.class);
        assertThat(leadEvents).as("lead events that are not a LeadEvent (not folded, not in the timeline)")
                              .allMatch(LeadEvent.class::isAssignableFrom);
        assertThat(LeadEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(leadEvents);
    }

    @Test
    void theDetailFoldsAndTheTimelineDescribesEveryLeadEvent() throws NoSuchMethodException {
        for (Class<?> event : LeadEvent.class.getPermittedSubclasses()) {
            assertThat(LeadEventVisitor.class.getMethod("on", event)).isNotNull();
            assertThat(LeadDetailFold.class.getMethod("on", event).getDeclaringClass())
                    .isEqualTo(LeadDetailFold.class);
            assertThat(LeadTimeline.Description.class.getMethod("on", event).getDeclaringClass())
                    .isEqualTo(LeadTimeline.Description.class);
        }
    }

    @Test
    void theLeadListHandlesEveryLeadEvent() {
        assertThat(List.of(LeadEvent.class.getPermittedSubclasses()))
                .as("lead events LeadSummaryProjection has no @EventHandler for")
                .allMatch(event -> handles(LeadSummaryProjection.class, event));
    }

    @Test
    void conversionHistoryHandlesEveryLeadEventOrNamesItAsNotItsOwn() {
        for (Class<?> event : LeadEvent.class.getPermittedSubclasses()) {
            assertThat(handles(ConversionProjection.class, event) ^ NOT_FOR_CONVERSION.contains(event))
                    .as("%s: either ConversionProjection handles it, or NOT_FOR_CONVERSION names it (not both)",
                        event.getSimpleName())
                    .isTrue();
        }
    }

    private static boolean handles(Class<?> projection, Class<?> event) {
        return Arrays.stream(projection.getDeclaredMethods())
                     .filter(method -> method.isAnnotationPresent(EventHandler.class))
                     .map(Method::getParameterTypes)
                     .anyMatch(parameters -> parameters.length > 0 && parameters[0].isAssignableFrom(event));
    }

    private static boolean ofALead(Class<?> record) {
        return record.getPackageName().equals(LEAD_EVENTS_PACKAGE)
               || Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).anyMatch("leadId"::equals);
    }

    /** Every public record named …Event in the application (not the tests' own, such as the store benchmark's). */
    private static List<Class<?>> eventRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Event"));
        return scanner.findCandidateComponents(APPLICATION_PACKAGE).stream()
                      .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                      .filter(type -> type.isRecord() && Modifier.isPublic(type.getModifiers()))
                      .filter(type -> !type.getProtectionDomain().getCodeSource().getLocation().getPath()
                                           .endsWith("test-classes/"))
                      .sorted(Comparator.comparing(Class::getName))
                      .<Class<?>>map(type -> type).toList();
    }
}
