package org.zhaoshang.crm.lead.query;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import org.zhaoshang.crm.conversion.query.ConversionProjection;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lead event record on the class path (a public record named …Event in the lead's package or with a
 * {@code leadId}, so a new one is covered at once) is a {@link LeadEvent}, and so folded into the lead's detail and
 * described in its timeline (both are {@link LeadEventVisitor}s, which have a method for each lead event or do not
 * compile). The lead list and conversion history take every lead event (each through its own visitor, which says
 * for each event what it does, or that it does nothing).
 */
class LeadEventCoverageTest {

    private static final String APPLICATION_PACKAGE = "org.zhaoshang.crm";
    private static final String LEAD_EVENTS_PACKAGE = LeadEvent.class.getPackageName();

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
    void theLeadListAndConversionHistoryHandleEveryLeadEvent() {
        for (Class<?> projection : List.of(LeadSummaryProjection.class, ConversionProjection.class)) {
            assertThat(List.of(LeadEvent.class.getPermittedSubclasses()))
                    .as("lead events %s has no @EventHandler for", projection.getSimpleName())
                    .allMatch(event -> handles(projection, event));
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
