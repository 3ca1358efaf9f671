package org.zhaoshang.crm.messaging;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.Caller;

import java.util.concurrent.CompletionException;

/**
 * Asks other features' queries as the application itself, for a feature that has already decided what its own caller
 * may see of the answer (the reports: a leader reads the whole funnel, which conversion answers managers only). The
 * stamp a query carries is always the current caller's; while {@link #ask} runs, the current caller of this thread is
 * the application. Nothing a user sends can reach it: only code that calls it.
 */
@Component
public class ApplicationQueries {

    private static final ThreadLocal<Boolean> ASKING = ThreadLocal.withInitial(() -> false);

    private final QueryGateway queries;

    public ApplicationQueries(QueryGateway queries) {
        this.queries = queries;
    }

    /** The answer of the query's handler, asked as the application; its refusals and errors as they are thrown. */
    public <R> R ask(Object query, Class<R> answer) {
        boolean outer = ASKING.get();
        ASKING.set(true);
        try {
            return queries.query(query, ResponseTypes.instanceOf(answer)).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            ASKING.set(outer);
        }
    }

    /** The current caller, unless this thread is asking as the application. */
    static Caller callerOf(CurrentCaller current) {
        return ASKING.get() ? Caller.SYSTEM : current.caller();
    }
}
