package org.zhaoshang.crm.demo;

import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * What the application did on its own for the demo's signed leads (the signed projects' reactions, a processor of its
 * own, answer a lead's move some moments later): which first projects it began and which milestones it recorded from
 * the leads' stages, with their ids. Told of each event as it is stored, so that the demo waits for exactly what it
 * needs, without polling.
 */
final class DemoProjectWatch implements Consumer<List<? extends EventMessage<?>>>, AutoCloseable {

    private final Set<String> signed = new HashSet<>();
    private final Map<String, Map<Milestone, String>> stageFacts = new HashMap<>();
    private final Registration registration;

    DemoProjectWatch(SubscribableMessageSource<EventMessage<?>> events) {
        this.registration = events.subscribe(this);
    }

    @Override
    public synchronized void accept(List<? extends EventMessage<?>> events) {
        boolean news = false;
        for (EventMessage<?> event : events) {
            if (event.getPayload() instanceof ProjectSignedEvent project) {
                news |= signed.add(project.projectId());
            } else if (event.getPayload() instanceof ProgressRecordedEvent recorded
                       && recorded.origin() == ProgressOrigin.LEAD_STAGE) {
                stageFacts.computeIfAbsent(recorded.projectId(), id -> new EnumMap<>(Milestone.class))
                          .put(recorded.fact().milestone(), recorded.progressId());
                news = true;
            }
        }
        if (news) {
            notifyAll();
        }
    }

    /**
     * Waits until the project has begun and the milestones of its lead's stages are recorded on it.
     *
     * @return the ids of those milestones' facts
     * @throws TimeoutException when they are not there in time
     */
    synchronized Map<Milestone, String> await(String projectId, Set<Milestone> milestones, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!signed.contains(projectId)
               || !stageFacts.getOrDefault(projectId, Map.of()).keySet().containsAll(milestones)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("The signed project " + projectId + " or its stage milestones " + milestones
                                           + " did not appear within " + timeout);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return Map.copyOf(stageFacts.getOrDefault(projectId, Map.of()));
    }

    @Override
    public void close() {
        registration.cancel();
    }
}
