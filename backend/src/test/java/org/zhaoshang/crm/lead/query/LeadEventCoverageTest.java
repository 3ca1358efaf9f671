package org.zhaoshang.crm.lead.query;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.zhaoshang.crm.conversion.query.ConversionProjection;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadEventVisitor;
import org.zhaoshang.crm.lead.state.LeadState;

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
 * {@code leadId}, so a new one is covered at once) is a {@link LeadEvent}, and so folded into the lead's
 * {@link LeadState} (which the lead list, the detail and conversion history read) and described in its timeline (both
 * are {@link LeadEventVisitor}s, which have a method for each lead event or do not compile). No other class re-codes
 * what an event does to a lead. The lead list and conversion history take every lead event.
 */
class LeadEventCoverageTest {

    private static final String APPLICATION_PACKAGE = "org.zhaoshang.crm";
    private static final String LEAD_EVENTS_PACKAGE = LeadEvent.class.getPackageName();
    private static final Set<String> OTHER_AGGREGATES_IDS = Set.of("projectId", "keyProjectId", "problemId",
                                                                  "buildingId");

    @Test
    void everyLeadEventRecordIsALeadEvent() {
        List<Class<?>> leadEvents = eventRecords().stream().filter(LeadEventCoverageTest::ofALead).toList();

        assertThat(leadEvents).as("the lead events found on the class path").contains(LeadCreatedEvent.class);
        assertThat(leadEvents).as("lead events that are not a LeadEvent (not folded, not in the timeline)")
                              .allMatch(LeadEvent.class::isAssignableFrom);
        assertThat(LeadEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(leadEvents);
    }

    @Test
    void theLeadStateFoldsAndTheTimelineDescribesEveryLeadEvent() throws NoSuchMethodException {
        Class<?> fold = leadStateFold();
        for (Class<?> event : LeadEvent.class.getPermittedSubclasses()) {
            assertThat(LeadEventVisitor.class.getMethod("on", event)).isNotNull();
            assertThat(fold.getMethod("on", event).getDeclaringClass()).isEqualTo(fold);
            assertThat(LeadTimeline.Description.class.getMethod("on", event).getDeclaringClass())
                    .isEqualTo(LeadTimeline.Description.class);
        }
    }

    /**
     * What an event does to a lead is said once, in {@link LeadState}: the only other visitors of lead events tell
     * what an event means to the timeline, which step of the pipeline it is in a lead's conversion journey, and what
     * supervision keeps of every lead with its days (names, stage moves, activities: a key project's progress as
     * known now or then, for all leads, since any may become key with its past).
     */
    @Test
    void onlyTheLeadStateSaysWhatAnEventDoesToALead() throws ClassNotFoundException {
        assertThat(eventVisitors()).containsExactlyInAnyOrder(
                leadStateFold(), LeadTimeline.Description.class,
                Class.forName(ConversionProjection.class.getName() + "$JourneyChange"),
                Class.forName("org.zhaoshang.crm.supervision.query.LeadMarking"));
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

    private static Class<?> leadStateFold() {
        return Arrays.stream(LeadState.class.getDeclaredClasses()).filter(LeadEventVisitor.class::isAssignableFrom)
                     .findFirst().orElseThrow();
    }

    /**
     * In the lead's package, or naming a lead without being the event of another aggregate (a signed project's, a key
     * project's, a problem's: each names its own id).
     */
    private static boolean ofALead(Class<?> record) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        return record.getPackageName().equals(LEAD_EVENTS_PACKAGE)
               || components.contains("leadId") && components.stream().noneMatch(OTHER_AGGREGATES_IDS::contains);
    }

    /** Every class of the application that visits lead events. */
    private static List<Class<?>> eventVisitors() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(LeadEventVisitor.class));
        return scanner.findCandidateComponents(APPLICATION_PACKAGE).stream()
                      .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                      .filter(type -> !type.isInterface())
                      .filter(type -> !type.getProtectionDomain().getCodeSource().getLocation().getPath()
                                           .endsWith("test-classes/"))
                      .<Class<?>>map(type -> type).toList();
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
