package org.zhaoshang.crm.lead.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead's detail tells the caller what they may do with it, by the rule the command side refuses by
 * ({@code LeadChanges}), so that no view decides it again.
 */
class LeadDetailAllowedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private LeadHistoryQueries queries;

    @BeforeEach
    void aLeadOwnedByStaffIntroducedByLondonWithAnAmbassadorOnTheTeam() {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                     .storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(event(0, new LeadCreatedEvent("lead-1", Company.named("Rights Ltd", null), SourceMarket.LONDON,
                                                    null, "amb-london", "staff", DAY)),
                      event(1, new LeadTeamMemberAddedEvent("lead-1", "colleague")),
                      event(2, new LeadTeamMemberAddedEvent("lead-1", "tokyo-user")));
        queries = new LeadHistoryQueries(store, new ObjectMapper());
    }

    private static GenericDomainEventMessage<Object> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Lead", "lead-1", sequence, payload);
    }

    private LeadDetail detailFor(Caller caller) {
        return queries.handle(new FindLeadDetailQuery("lead-1"), MetaData.from(caller.toMetaData()));
    }

    @Test
    void staffNotOnTheTeamMayNotChangeTheLead() {
        LeadDetail detail = detailFor(Caller.user("other", Set.of(Role.STAFF), null));

        assertThat(detail.mayChange()).isFalse();
        assertThat(detail.mayChangeFacts()).isFalse();
    }

    @Test
    void theOwnerTheTeamAndManagersMayChangeEverything() {
        assertThat(detailFor(Caller.user("staff", Set.of(Role.STAFF), null)))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(true, true);
        assertThat(detailFor(Caller.user("colleague", Set.of(Role.STAFF), null)))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(true, true);
        assertThat(detailFor(Caller.user("boss", Set.of(Role.MANAGER), null)))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(true, true);
    }

    @Test
    void anAmbassadorWhoSeesTheLeadLogsAndMovesButLeavesTheFactsToTheBureau() {
        assertThat(detailFor(Caller.user("london-user", Set.of(Role.AMBASSADOR), "amb-london")))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(true, false);
        assertThat(detailFor(Caller.user("tokyo-user", Set.of(Role.AMBASSADOR), "amb-tokyo")))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(true, false);
    }

    /** An ambassador neither credited with the lead nor on its team: no detail at all, as for an unknown lead. */
    @Test
    void anAmbassadorNotOnTheTeamGetsNoDetail() {
        assertThat(detailFor(Caller.user("seoul-user", Set.of(Role.AMBASSADOR), "amb-seoul"))).isNull();
    }

    /** Staff who are also an ambassador's user are told as staff: the command side refuses them as staff too. */
    @Test
    void staffWithAnAmbassadorRoleNotOnTheTeamMayNotChangeTheLead() {
        assertThat(detailFor(Caller.user("both", Set.of(Role.STAFF, Role.AMBASSADOR), "amb-london")))
                .extracting(LeadDetail::mayChange, LeadDetail::mayChangeFacts).containsExactly(false, false);
    }
}
