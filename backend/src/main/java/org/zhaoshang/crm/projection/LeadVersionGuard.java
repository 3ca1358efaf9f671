package org.zhaoshang.crm.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps this node's in-memory read models right when several nodes share the store. A node processes the leads of
 * the segments it has claimed, so a lead's events can reach it after another node processed some of them (it took
 * over a dead node's segment, or a segment moved to even out the work), when what it holds of the lead is stale.
 * Checked per event: a lead whose previous event this node did not apply is first reloaded from its documents, and
 * events the documents already contain are passed over, since applying an older event to a newer state would take
 * the lead back in time.
 * <p>
 * It guards the read models' processor only ({@link #interceptor()}): another processor handles only some of a
 * lead's events, and would take the ones it skips for another node's work, replace the read models' unsaved memory of
 * the lead with its older documents and count the lead as applied that far. Hence not a bean of the interceptor type:
 * Axon's Spring Boot auto-configuration registers every such bean on every event processor.
 */
@Component
public class LeadVersionGuard {

    static final String LEAD = "Lead";
    private static final int LOCKS = 64;

    private final ObjectProvider<SharedReadModel> readModels;
    /** The last event of each lead this node applied to its memory. */
    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    /**
     * For leads reloaded from their documents: the last event all of them contain (a read model's document may lag
     * its lead's newest event when that event did not concern it, or when a node died between two writes).
     */
    private final Map<String, Long> stored = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCKS];

    public LeadVersionGuard(ObjectProvider<SharedReadModel> readModels) {
        this.readModels = readModels;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    /** The guard as the read models' processor's handler interceptor. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return new ReadModelsOnly(this);
    }

    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage() instanceof DomainEventMessage<?> event) || !LEAD.equals(event.getType())) {
            return chain.proceed();
        }
        String leadId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        synchronized (lock(leadId)) {
            Long last = applied.get(leadId);
            if (sequence > 0 && (last == null || sequence > last + 1)) {
                reload(leadId);
            }
            if (sequence <= stored.getOrDefault(leadId, -1L)) {
                return null;
            }
            Object result = chain.proceed();
            applied.merge(leadId, sequence, Math::max);
            return result;
        }
    }

    /**
     * Reloads a lead another node has stored at {@code version}, unless this node has applied that far itself.
     *
     * @return whether it was reloaded
     */
    boolean follow(String leadId, long version) {
        synchronized (lock(leadId)) {
            if (version <= applied.getOrDefault(leadId, -1L)) {
                return false;
            }
            reload(leadId);
            return true;
        }
    }

    private void reload(String leadId) {
        LongSummaryStatistics versions = readModels.orderedStream().mapToLong(model -> model.reloadLead(leadId))
                                                   .filter(version -> version != SharedReadModel.NOT_KEPT_PER_LEAD)
                                                   .summaryStatistics();
        stored.put(leadId, versions.getCount() == 0 ? -1 : versions.getMin());
        applied.put(leadId, versions.getCount() == 0 ? -1 : versions.getMax());
    }

    /** After a rebuild's reset the read models are empty and every event is new to them. */
    void forget() {
        applied.clear();
        stored.clear();
    }

    private Object lock(String leadId) {
        return locks[Math.floorMod(leadId.hashCode(), LOCKS)];
    }

    /** The interceptor of {@link #interceptor()}. */
    record ReadModelsOnly(LeadVersionGuard guard) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            return guard.handle(unitOfWork, chain);
        }
    }
}
