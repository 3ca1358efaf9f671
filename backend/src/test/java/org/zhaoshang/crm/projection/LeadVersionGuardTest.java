package org.zhaoshang.crm.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadVersionGuardTest {

    private final List<String> reloaded = new ArrayList<>();
    private final List<Long> handled = new ArrayList<>();
    /** What the read models' documents hold of lead-1: the summary at 6, the journey at 4. */
    private final LeadVersionGuard guard = guard(lead -> {
        reloaded.add(lead);
        return 6;
    }, lead -> 4);

    @Test
    void appliesALeadsEventsInTurnWithoutReadingItsDocuments() throws Exception {
        deliver(0);
        deliver(1);
        deliver(2);

        assertThat(handled).containsExactly(0L, 1L, 2L);
        assertThat(reloaded).isEmpty();
    }

    @Test
    void reloadsALeadWhoseEarlierEventsAnotherNodeAppliedAndPassesOverWhatItsDocumentsHold() throws Exception {
        deliver(0);
        deliver(7);

        assertThat(reloaded).containsExactly("lead-1");
        assertThat(handled).containsExactly(0L, 7L);

        deliver(3);
        deliver(5);
        deliver(8);
        assertThat(handled).as("4 and older are in every document; 5 is not in the journey's")
                           .containsExactly(0L, 7L, 5L, 8L);
        assertThat(reloaded).hasSize(1);
    }

    @Test
    void reloadsALeadFirstSeenAfterItsCreation() throws Exception {
        deliver(2);
        deliver(5);
        deliver(7);

        assertThat(reloaded).containsExactly("lead-1");
        assertThat(handled).containsExactly(5L, 7L);
    }

    @Test
    void followsWhatAnotherNodeStoredOnlyWhenItIsNewerThanWhatThisNodeApplied() throws Exception {
        deliver(0);
        deliver(1);

        assertThat(guard.follow("lead-1", 1)).isFalse();
        assertThat(guard.follow("lead-1", 6)).isTrue();
        assertThat(guard.follow("lead-1", 6)).isFalse();
        assertThat(reloaded).containsExactly("lead-1");
    }

    @Test
    void forgetsEverythingForARebuild() throws Exception {
        deliver(0);
        deliver(9);
        guard.forget();
        deliver(0);
        deliver(1);

        assertThat(handled).containsExactly(0L, 9L, 0L, 1L);
        assertThat(reloaded).hasSize(1);
    }

    @Test
    void aReadModelThatKeepsNoLeadLeavesTheVersionsAlone() throws Exception {
        LeadVersionGuard withProjects = guard(lead -> 6, lead -> 4, lead -> SharedReadModel.NOT_KEPT_PER_LEAD);
        List<Long> applied = new ArrayList<>();
        for (long sequence : new long[]{0, 7, 3, 5, 8}) {
            DefaultUnitOfWork<EventMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(
                    new GenericDomainEventMessage<>(LeadVersionGuard.LEAD, "lead-1", sequence, "event"));
            try {
                withProjects.handle(unitOfWork, () -> applied.add(sequence));
            } finally {
                unitOfWork.rollback();
            }
        }
        assertThat(applied).as("as without it: 4 and older are in every lead's documents").containsExactly(0L, 7L, 5L, 8L);
        assertThat(withProjects.follow("lead-1", 6)).isFalse();
    }

    @Test
    void letsOtherEventsThrough() throws Exception {
        DefaultUnitOfWork<EventMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericEventMessage.asEventMessage("tick"));
        try {
            assertThat(guard.handle(unitOfWork, () -> "handled")).isEqualTo("handled");
        } finally {
            unitOfWork.rollback();
        }
        assertThat(reloaded).isEmpty();
    }

    private void deliver(long sequence) throws Exception {
        DefaultUnitOfWork<EventMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(
                new GenericDomainEventMessage<>(LeadVersionGuard.LEAD, "lead-1", sequence, "event"));
        try {
            guard.handle(unitOfWork, () -> handled.add(sequence));
        } finally {
            unitOfWork.rollback();
        }
    }

    private static LeadVersionGuard guard(SharedReadModel... readModels) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < readModels.length; i++) {
            beans.registerSingleton("readModel" + i, readModels[i]);
        }
        return new LeadVersionGuard(beans.getBeanProvider(SharedReadModel.class));
    }
}
