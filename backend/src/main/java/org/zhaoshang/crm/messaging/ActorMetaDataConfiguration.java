package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.users.SecurityContextCaller;
import org.zhaoshang.crm.shared.api.Actor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Stamps every command and query with its caller (user, roles, ambassador) and copies them, and the sheet and row of
 * an imported lead, onto every event a command causes; the event's timestamp is when it was recorded. A user's stamp replaces whatever the message carried; only
 * the application itself may give a command in a named person's name (the demo data does).
 */
@Configuration(proxyBeanMethods = false)
public class ActorMetaDataConfiguration {

    /** The sheet a command's row came from and the row's number: kept on the events of an imported lead. */
    public static final String IMPORT_FILE_KEY = "importFile";
    public static final String IMPORT_ROW_KEY = "importRow";
    /** A digest of the request that created a lead with an idempotency key: a retry must send the same. */
    public static final String REQUEST_FINGERPRINT_KEY = "requestFingerprint";
    private static final int MAX_DAYS_AHEAD = 400;

    /**
     * The system's clock; {@code zhaoshang.clock-ahead} (days, 0 to 400) moves the application's days ahead, for a
     * demonstration or a browser test that must show what days passing do (a problem's due day passed, its card red).
     * Only ahead, and a store that ran ahead is for demonstrations and tests: its days must never go back again.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${zhaoshang.clock-ahead:0}") int daysAhead) {
        if (daysAhead < 0 || daysAhead > MAX_DAYS_AHEAD) {
            throw new IllegalArgumentException("zhaoshang.clock-ahead must be 0 to " + MAX_DAYS_AHEAD + " days");
        }
        return daysAhead == 0 ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.ofDays(daysAhead));
    }

    /** The signed-in user as Spring Security knows it; adapted here so that security does not depend on messaging. */
    @Bean
    CurrentCaller currentCaller(SecurityContextCaller securityContext) {
        return securityContext::caller;
    }

    @Bean
    CorrelationDataProvider actorOnEvents() {
        return new SimpleCorrelationDataProvider(Actor.META_DATA_KEY, Caller.ROLES_KEY, Caller.AMBASSADOR_KEY,
                                                 IMPORT_FILE_KEY, IMPORT_ROW_KEY, REQUEST_FINGERPRINT_KEY);
    }

    /** Registered once every bean exists: Axon's configuration and its buses depend on each other. */
    @Bean
    SmartInitializingSingleton callerOnMessages(ObjectProvider<CommandBus> commandBus,
                                                ObjectProvider<QueryBus> queryBus, CurrentCaller currentCaller) {
        return () -> {
            commandBus.getObject().registerDispatchInterceptor(new CallerStamp<>(currentCaller));
            queryBus.getObject().registerDispatchInterceptor(new CallerStamp<>(currentCaller));
        };
    }

    private record CallerStamp<M extends Message<?>>(CurrentCaller currentCaller)
            implements MessageDispatchInterceptor<M> {

        @Override
        @SuppressWarnings("unchecked")
        public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
            return (index, message) -> {
                Caller caller = ApplicationQueries.callerOf(currentCaller);
                Object named = message.getMetaData().get(Actor.META_DATA_KEY);
                if (caller.system() && named != null) {
                    caller = new Caller(named.toString(), Set.of(), null, true);
                }
                return (M) message.withMetaData(message.getMetaData().withoutKeys(Set.of(Caller.AMBASSADOR_KEY))
                                                       .mergedWith(caller.toMetaData()));
            };
        }
    }
}
